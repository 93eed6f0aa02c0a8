import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round five (issue 14)', () => {
  it('never takes a common word opening a sentence for a name', () => {
    const text = [
      'Навальный составил свой список.',
      'Оппозиционер предложил нанести «серьезный удар» по окружению президента в ответ на ' +
        'присоединение Крыма.',
      'Присоединение Крыма, заметил оппозиционер, было использовано «под знаменем борьбы с врагами».',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['', '']);
  });

  it('still reads a surname opening a sentence as a name when the article never writes it in lower case', () => {
    const text =
      'Иван Петров прилетел в Москву. Петров предложил нанести «серьезный удар» по окружению.';
    expect(speakers(text)).toEqual(['Иван Петров']);
  });

  it('continues the last speaker into a cueless quotation paragraph across paragraphs naming nobody', () => {
    const text = [
      '«Пилотируемые полёты будут краткими», сказал Скотт Хоровитц.',
      'Первый полёт корабля «Орион» должен состояться в 2014 году.',
      'Программа полётов шаттлов будет сворачиваться.',
      '«Мы рассматриваем все возможности.»',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Скотт Хоровитц', 'Скотт Хоровитц']);
  });

  it('does not continue the last speaker past a paragraph naming someone else', () => {
    const text = [
      '«Пилотируемые полёты будут краткими», сказал Скотт Хоровитц.',
      'Решение одобрил президент Джордж Буш.',
      '«Мы рассматриваем все возможности.»',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Скотт Хоровитц', '']);
  });

  it('gives a representative of a named organisation to the one person named in a post there', () => {
    const text = [
      'Контракт выставит аукционный дом Heritage Auctions. Как рассказал его директор по оценке ' +
        'лотов Дин Хоермаер, стоимость может превысить $150 тыс.',
      'В продаже 300 лотов.',
      '«Они стали играть песню для друзей», — рассказал представитель Heritage Auctions.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Дин Хоермаер']);
  });

  it('leaves a representative unnamed when nobody is named in a post at the organisation', () => {
    const text = [
      'Дин Хоермаер оценил контракт в $150 тыс.',
      '«Они стали играть песню для друзей», — рассказал представитель Heritage Auctions.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['']);
  });
});
