import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from './findQuotedSpans';

function inner(text: string): string[] {
  return findQuotedSpans(text).map((span) => text.slice(span.start, span.end));
}

describe('findQuotedSpans', () => {
  it('pairs Russian «…» and keeps „…“ and «…» nested inside', () => {
    expect(inner('Он сказал: «Проект „Энергия“ и «Мир» закрыты». Потом «ещё»')).toEqual([
      'Проект „Энергия“ и «Мир» закрыты',
      'ещё',
    ]);
  });

  it('pairs English curly quotes with ‘…’ nested and apostrophes ignored', () => {
    expect(inner('“It’s ‘fine’,” she said. “Don’t worry.”')).toEqual([
      'It’s ‘fine’,',
      'Don’t worry.',
    ]);
  });

  it('pairs straight quotes by context and ignores straight apostrophes', () => {
    expect(inner('He said "it\'s \'done\'" and "over".')).toEqual(["it's 'done'", 'over']);
  });

  it('pairs „…“ when it is the outer mark', () => {
    expect(inner('Он сказал: „Всё готово“.')).toEqual(['Всё готово']);
  });

  it('does not pair marks across paragraphs', () => {
    expect(inner('Стрелка « в начале\n\nи » в конце')).toEqual([]);
  });

  it('runs a quotation that opens its paragraph to the end of it, as multi-paragraph quotes do', () => {
    const text = '“First paragraph of the speech.\n\n“Second and last.”';
    const spans = findQuotedSpans(text);
    expect(inner(text)).toEqual(['First paragraph of the speech.', 'Second and last.']);
    expect(spans.map((span) => span.isClosed)).toEqual([false, true]);
  });

  it('runs a quotation on when the next paragraph reopens it, even mid-paragraph', () => {
    expect(inner('She said: “We will win.\n\n“And soon.”')).toEqual(['We will win.', 'And soon.']);
  });

  it('drops a stray mark', () => {
    expect(inner('Температура 5" и далее')).toEqual([]);
  });

  it('gives offsets of the marks and of the text inside', () => {
    expect(findQuotedSpans('a «bc» d')).toEqual([
      { open: 2, close: 5, start: 3, end: 5, openMark: '«', isClosed: true },
    ]);
  });

  it('nests straight quotes, and gives back the inner pair of a stray outer mark', () => {
    const nested =
      'Он сказал: "Так не бывает: "Здрасте, я пришел" - так не бывает", - цитирует РБК.';
    expect(findQuotedSpans(nested).map((span) => nested.slice(span.start, span.end))).toEqual([
      'Так не бывает: "Здрасте, я пришел" - так не бывает',
    ]);
    const stray = 'He said "it was late. Then "We are done," she said.';
    expect(findQuotedSpans(stray).map((span) => stray.slice(span.start, span.end))).toEqual([
      'We are done,',
    ]);
  });
});
