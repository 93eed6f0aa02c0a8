import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';
import { detectQuotes } from './detectQuotes';

describe('attribution, round three (issue 14)', () => {
  it('takes the name with a first name after an inverted verb, not an organisation before it', () => {
    const text =
      '«Люди устали ждать», – сказал в беседе с корреспондентом «Радио Свобода» лидер ' +
      'Движения за чистые реки Олег Марков.';
    expect(speakers(text, 'ru')).toEqual(['Олег Марков']);
  });

  it('skips a Russian gerund phrase before the subject of a partial quote', () => {
    const text =
      'Председатель совета директоров «Медиахолдинга» Павел Орлов выступил на форуме. ' +
      'Отвечая на вопрос о том, какие у него претензии к редакции, глава холдинга сказал, ' +
      'что «редакция слишком часто спешит».';
    const [quote] = detectQuotes(text, { language: 'ru' });
    expect(quote?.speaker).toBe('Павел Орлов');
    expect(quote?.speakerKind).toBe('person');
  });

  it('reads a full name closing a colon introduction as its subject (ru and en)', () => {
    const ru =
      'Скепсис Петрова разделил директор института экономики Андрей Смирнов: «Нет никаких ' +
      'оснований драматизировать обстановку, спешить с выводами рано».';
    expect(speakers(ru, 'ru')).toEqual(['Андрей Смирнов']);
    const en =
      'The doubts of Clarke were shared by the head of the institute, Mark Jones: "It is ' +
      'far too early to tell."';
    expect(speakers(en, 'en')).toEqual(['Mark Jones']);
  });

  it('resolves a pronoun to the subject, not to a name after a preposition', () => {
    const text =
      'Молебен по Игорю Соколову провёл священник Андрей Белов. На молебне он призвал к ' +
      'тому, чтобы «люди жили в мире».';
    expect(speakers(text, 'ru')).toEqual(['Андрей Белов']);
  });

  it('never takes a place after a locative preposition for the speaker', () => {
    const text =
      'Президент Олег Петров выступил с заявлением в Ново-Огарево. «Мы сделаем всё ' +
      'возможное», - сказал он.';
    expect(speakers(text, 'ru')).toEqual(['Олег Петров']);
  });

  it('leaves an anonymous source unnamed rather than continuing the last speaker', () => {
    const text =
      '«Мы не пишем новости сами», – отметил пресс-секретарь сервиса Дмитрий Орлов. ' +
      '«Если мы получим лицензию, то не сохраним её надолго», – сокрушается другой ' +
      'собеседник РБК.';
    const quotes = detectQuotes(text, { language: 'ru' });
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Дмитрий Орлов', '']);
  });

  it('writes the speaker in the nominative, surnames in -ич included', () => {
    const text =
      'Встреча с Виктором Януковичем прошла в Киеве. «Мы договорились о главном», — ' +
      'заявил Виктор Янукович.';
    expect(speakers(text, 'ru')).toEqual(['Виктор Янукович']);
  });

  it("does not take an outlet relaying a phrase quoted in someone else's sentence for its speaker", () => {
    const text =
      'Премьер Олег Петров обвинил соседей в нежелании «вести честный диалог», передает ИТАР-ТАСС.';
    const [quote] = detectQuotes(text, { language: 'ru' });
    expect(quote?.speaker).not.toBe('ИТАР-ТАСС');
  });

  it('reads «согласна» as a speech cue rather than continuing the last speaker', () => {
    const text =
      '«Сервис работает сам», — объяснила пресс-секретарь компании Анна Котова. «Нести ' +
      'ответственность за робота они не могут», — согласна бывший редактор Галина Орлова.';
    expect(speakers(text, 'ru')).toEqual(['Анна Котова', 'Галина Орлова']);
  });

  it('does not give a title governing another word to its holder (глава государства ≠ правительства)', () => {
    const text =
      'Поручение получил глава правительства Дмитрий Орлов. «Вы что, с ума сошли?» — ' +
      'обратился тогда глава государства к членам кабинета.';
    expect(speakers(text, 'ru')).not.toContain('Дмитрий Орлов');
  });
});
