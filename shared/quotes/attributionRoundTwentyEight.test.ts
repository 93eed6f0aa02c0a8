import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round twenty-eight (issue 14): Russian blanks without a wrong name', () => {
  it('gives the verb after a relative clause or participle phrase to the word the clause describes', () => {
    expect(
      speakers(
        'Анна Петрова продала завод. Петрова, которая работала там много лет, сказала: «Мы закрываемся».',
      ),
    ).toEqual(['Анна Петрова']);
    expect(
      speakers(
        'Писатель Иван Сергеев вернулся домой. При этом писатель, долгое время живший в Праге, отметил, что «никогда не уезжал навсегда».',
      ),
    ).toEqual(['Иван Сергеев']);
    // A clause hanging on a thing gives it no voice.
    expect(
      speakers(
        'Иван Петров продал завод. Завод, который работал много лет, сообщил: «Мы закрываемся».',
      ),
    ).toEqual(['']);
    // A verb of the other gender leaves the guess unshown.
    expect(
      speakers(
        'Анна Петрова продала завод. Петрова, которая работала там много лет, сказал: «Мы закрываемся».',
      ),
    ).toEqual(['']);
  });

  it('reads a subject after an opening adverbial of time before a gerund cue', () => {
    expect(
      speakers(
        'Иван Петров задержан. В прошлом году Петров связался с покупателем, сообщив, что «товар готов».',
      ),
    ).toEqual(['Иван Петров']);
    expect(
      speakers(
        'Иван Петров задержан. В 2015 году Петров связался с покупателем, сообщив, что «товар готов».',
      ),
    ).toEqual(['Иван Петров']);
    // A capitalised word after a preposition, or in an oblique case, is no subject.
    expect(
      speakers(
        'Иван Петров задержан. В Москве Сергеев встретился с Петровым, сообщив, что «товар готов».',
      ),
    ).toEqual(['']);
  });

  it("gives a second quotation joined by «а не» or «и что» the first one's speaker", () => {
    expect(
      speakers('Иван Петров заявил, что «очень много работает», а не «тратит деньги родителей».'),
    ).toEqual(['Иван Петров', 'Иван Петров']);
    expect(
      speakers(
        'Иван Петров отметил, что время «критическое», и что странам предстоит «много работы».',
      ),
    ).toEqual(['Иван Петров', 'Иван Петров']);
  });

  it('names a company noun after a passive cue as the body the article named with it', () => {
    expect(
      speakers(
        'Актёр снимался в сериале телекомпании HBO. «Мы все в шоке», — говорится в заявлении телекомпании.',
      ),
    ).toEqual(['HBO']);
    expect(
      speakers(
        'Сделку одобрило агентство «Синьхуа». «Сделка закрыта», — говорится в сообщении агентства.',
      ),
    ).toEqual(['Синьхуа']);
    // With no name, the general noun names no one.
    expect(speakers('Актёр умер. «Мы все в шоке», — говорится в заявлении телекомпании.')).toEqual([
      '',
    ]);
    // A state body's noun is followed by a place, not its name.
    expect(
      speakers(
        'Об этом сообщила пресс-служба полиции РА. «Задержаны двое», — говорится в сообщении полиции.',
      ),
    ).not.toContain('РА');
  });

  it("gives a verb in a subjectless «где» clause to the main clause's subject", () => {
    expect(
      speakers(
        'По пути Иван Петров сделал остановку в Казани, где в беседе с журналистами отметил, что время «критическое».',
      ),
    ).toEqual(['Иван Петров']);
    // A subject of its own in the clause speaks; a verb of the other gender leaves it blank.
    expect(
      speakers(
        'По пути Иван Петров сделал остановку в Казани, где Анна Сергеева отметила, что время «критическое».',
      ),
    ).toEqual(['Анна Сергеева']);
    expect(
      speakers(
        'По пути Иван Петров сделал остановку в Казани, где в беседе с журналистами отметила, что время «критическое».',
      ),
    ).toEqual(['']);
  });

  it('reads «год назад», «два года спустя» opening a sentence as time, not a one-word name', () => {
    expect(speakers('Год назад Иван Петров заявил: «Ничего никому не оставлю».')).toEqual([
      'Иван Петров',
    ]);
    expect(speakers('Два года назад Иван Петров заявил, что «ничего никому не оставит».')).toEqual([
      'Иван Петров',
    ]);
    // After the verb, «и спустя год» is the speaker's next deed, not an adverbial before him.
    expect(speakers('«Лучше продавать», — заявил Петров и спустя год продал бизнес.')).toEqual([
      'Петров',
    ]);
  });
});
