import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round thirteen (issue 14): the unattributed', () => {
  it('reads a first name the list lacks as a person when the narrator repeats the surname', () => {
    expect(
      speakers(
        'Энди Маррей стал победителем турнира. Посеянный под третьим номером Маррей победил сербского теннисиста Новака Джоковича.\n\nПосле матча он сказал: «Я не знаю, как мне это удалось».',
      ),
    ).toEqual(['Энди Маррей']);
    // Written once, the surname is no evidence: the pronoun stays unresolved.
    expect(
      speakers('Энди Маррей стал победителем турнира. После матча он сказал: «Я не знаю, как».'),
    ).toEqual(['']);
  });

  it('takes sportsmen as roles, so "— заявил футболист" is the footballer named before', () => {
    expect(
      speakers(
        'Известный футболист Дэвид Бекхэм покидает большой футбол.\n\n«Я благодарен клубу за возможность», — заявил футболист.',
      ),
    ).toEqual(['Дэвид Бекхэм']);
    expect(
      speakers(
        'Гимнаст Денис Игнатьев завоевал серебряную медаль. «Медали дались нелегко», – признался юный гимнаст после церемонии.',
      ),
    ).toEqual(['Денис Игнатьев']);
  });

  it('takes a subject joined to its speech verb by an adverb ("also said")', () => {
    expect(
      speakers(
        'Kristen Wilkins, the curator, spoke. Wilkins also said Warhol was a businessperson. "As a way to commercialize his work, he would make prints."',
        'en',
      ),
    ).toEqual(['Kristen Wilkins']);
  });

  it('keeps the subject standing inside an adverbial after an inverted verb', () => {
    expect(
      speakers(
        'Стрельба произошла в церкви.\n\n«Господь да пребудет с жителями», — написал в Твиттере президент Дональд Трамп, узнав о случившемся.',
      ),
    ).toEqual(['Дональд Трамп']);
    // A capitalised subject after the comma is still the speaker, the adverbial before it not.
    expect(
      speakers('«Мы не отступим», — сказал на встрече с Иваном Петровым, Сергей Сидоров.'),
    ).toEqual(['Сергей Сидоров']);
  });

  it('sets aside an opening "Following …," or "During …," before the subject', () => {
    expect(
      speakers(
        'Following the sentencing, Claire Aitchison, Liam Aitchison\'s step-mother, said: "We are happy that justice has been done."',
        'en',
      ),
    ).toEqual(['Claire Aitchison']);
  });

  it('reads a participle phrase in -ing and a leading "As" as no name', () => {
    expect(
      speakers(
        'Standing alongside President Nicolas Sarkozy at a military air base southwest of Paris, Betancourt said, "I cry with joy."',
        'en',
      ),
    ).toEqual(['Betancourt']);
    expect(
      speakers(
        'As coauthor Colette Heald told The Huffington Post, "The climate projections are quite consistent."',
        'en',
      ),
    ).toEqual(['Colette Heald']);
    // A surname in -ing before its verb is still the name.
    expect(speakers('"We will appeal," Browning said.', 'en')).toEqual(['Browning']);
  });

  it('gives "…, who said" to the person the relative pronoun stands for, not the subject', () => {
    expect(
      speakers(
        'AFP spoke to Terence Fan, an air industry expert from Singapore Management University, who said "It is a scenario that has played out in air accidents."',
        'en',
      ),
    ).toEqual(['Terence Fan']);
    // No person before "who": nobody is named, never the outlet.
    expect(speakers('AFP spoke to a neighbour, who said "He was a quiet man."', 'en')).toEqual([
      '',
    ]);
  });

  it('shows the full name written at the cue when a bare surname joined a family into one', () => {
    expect(
      speakers(
        'Claire Aitchison, the step-mother, said: "We are happy." Claire and her husband Norrie had criticised the system, and Aitchison asked for reform. "We want to head up a campaign," Norrie Aitchison said.',
        'en',
      ),
    ).toEqual(['Claire Aitchison', 'Norrie Aitchison']);
    // A first name one letter apart is a spelling of the same person's.
    expect(
      speakers(
        'Гарри Каспаров закончил карьеру. Каспаров выступил в Москве. «Топалов выиграет», — сказал Гари Каспаров.',
      ),
    ).toEqual(['Гарри Каспаров']);
  });

  it('reads sportsmen as roles in English, so a team before the role is what it is of', () => {
    expect(
      speakers(
        'Bianchi\'s Marussia team mate Max Chilton tweeted, "No words can describe what his family have lost."',
        'en',
      ),
    ).toEqual(['Max Chilton']);
  });

  it('reads «доктор» as a role, so the name after it holds it, not the university before', () => {
    expect(
      speakers(
        '«Мгновенного луча смерти не существует», — заявил специалист по радиационной безопасности Медицинского центра Университета Рочестера доктор Фредерик Мис.',
      ),
    ).toEqual(['Фредерик Мис']);
  });
});
