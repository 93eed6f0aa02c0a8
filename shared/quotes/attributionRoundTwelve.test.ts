import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round twelve (issue 14): no wrong name on round eleven', () => {
  it("gives words to the one relative of that surname the verb's gender agrees with", () => {
    expect(
      speakers(
        'Виктор Бут арестован в Таиланде. Его жена Алла Бут прилетела в Бангкок. «Вчера адвокат сообщил мне всё», — рассказала Алла Бут. «Это не значит, что он хочет поменять адвоката», — пояснила жена Виктора Бута.',
      ),
    ).toEqual(['Алла Бут', 'Алла Бут']);
    expect(
      speakers(
        'Анастасия Удальцова и Сергей Удальцов пришли на акцию. «Нас вызывают», — сказал Удальцов. Анастасия Удальцова сообщила, что против нее «собираются завести дело».',
      ),
    ).toEqual(['Сергей Удальцов', 'Анастасия Удальцова']);
  });

  it("leaves a name unshown when its own first name contradicts the verb's gender", () => {
    expect(
      speakers('Её брат Роберт Рено писал для газеты. Рено говорила: «За всё отвечаю я».'),
    ).toEqual(['']);
    // «Александра» may be Александр's genitive: no contradiction is read from it.
    expect(
      speakers('Председатель Александр Брод выступил. «Мне кажется, это важно», — сказал Брод.'),
    ).toEqual(['Александр Брод']);
  });

  it('reads a name in the genitive after a noun of kinship or service as whose, not who', () => {
    expect(
      speakers(
        'Патрик Фэрроу скончался. Менеджер Мии Фэрроу сказал что его семья «оплакивает трагическую потерю любимого мужа». «Они очень ценят поддержку друзей в это трудное время» — добавил он.',
      ),
    ).toEqual(['', '']);
    expect(
      speakers(
        'Суд огласил приговор. Отец Ивана Агафонова покинул зал, заявив: «Не могу слушать это вранье».',
      ),
    ).toEqual(['']);
    // A genitive after «по словам» is how a speaker is written; a nominative after a noun is apposition.
    expect(speakers('По словам Николая Азарова, это «временные трудности».')).toEqual([
      'Николай Азаров',
    ]);
    expect(speakers('«Мы не сдадимся», — сказал брат Иван Петров.')).toEqual(['Иван Петров']);
  });

  it('reads no organisation from a sentence opening with a common noun or a pronoun', () => {
    expect(
      speakers(
        'Иранское государственное телевидение заявило, что слова были искажены. Телевидение показало кадры, на которых президент говорит, что оккупация «подобна старой ране на теле общества».',
      ),
    ).not.toContain('Телевидение показало');
    expect(
      speakers(
        'Накануне папа заявил, что покинет престол. Своё решение понтифик объяснил тем, что силы не позволяют ему «верно нести свое служение».',
      ),
    ).not.toContain('Своё решение');
  });

  it('leaves a subject pronoun unshown when an object pronoun of its gender follows it', () => {
    expect(
      speakers(
        'Белый дом охарактеризовал Ли Куан Ю как «провидца». Он также назвал его «настоящим гигантом истории, которого будут помнить».',
      ),
    ).toEqual(['Белый дом', '']);
    // «тот» already means the other one.
    expect(
      speakers(
        'Когда редактор Джон Кэррол попросил разъяснений у Мартина Шкрели, тот назвал его «полным дебилом и неучем».',
      ),
    ).toEqual(['Мартин Шкрели']);
  });

  it('after an inverted verb, gives the words to the role holder, not the name a participle governs', () => {
    expect(
      speakers(
        'Врачи рекомендовали Уго Чавесу не возвращаться. «Если инаугурация не может состояться, он может сделать это перед судом, — сказал поддерживающий Чавеса законодатель Хосе Авила. — Теперь нам необходимо подождать».',
      ),
    ).toEqual(['Хосе Авила', 'Хосе Авила']);
  });

  it('after a quotation, takes «по его словам» as the pronoun and ends a cue phrase at its comma', () => {
    expect(
      speakers(
        'Им стал Хань Гоюй, мэр города Гаосюн. Хань Гоюй заявил, что выборы станут выбором между «миром и кризисом», по его словам, речь идёт о «жизни и смерти» Тайваня.',
      ),
    ).toEqual(['Хань Гоюй', 'Хань Гоюй']);
  });
});
