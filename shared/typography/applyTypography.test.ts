import { describe, expect, it } from 'vitest';
import { applyTextEdits } from './applyTextEdits';
import { applyTypography } from './applyTypography';
import { findProtectedRanges } from './findProtectedRanges';
import { planTypography } from './planTypography';

const nb = '\u00a0';

describe('applyTypography', () => {
  it('sets a Russian paragraph: quotes, nested quotes, dash, prepositions, units, ellipsis', () => {
    expect(
      applyTypography(
        'Он сказал: "Это "Ромашка" и 150 тысяч рублей..." - и ушёл в дом. На 10 км от МКАД рост составил 5 %.',
        'ru',
      ),
    ).toBe(
      `Он сказал: «Это „Ромашка“ и${nb}150${nb}тысяч рублей…»${nb}— и${nb}ушёл в${nb}дом. ` +
        `На${nb}10${nb}км от${nb}МКАД рост составил 5${nb}%.`,
    );
  });

  it('binds Russian short prepositions and conjunctions and currency to the next word', () => {
    expect(
      applyTypography(
        'Мы шли по улице, а не к дому, но за ним. Цена выросла на 100 ₽ за 2 года.',
        'ru',
      ),
    ).toBe(
      `Мы шли по${nb}улице, а${nb}не${nb}к${nb}дому, но${nb}за${nb}ним. ` +
        `Цена выросла на${nb}100${nb}₽ за${nb}2${nb}года.`,
    );
  });

  it('sets an English paragraph: curly quotes, single quotes inside, apostrophes', () => {
    expect(
      applyTypography(
        `"Nobody said it's easy," O'Brien told the "Times" - and left the 'old' office... in 10 minutes.`,
        'en',
      ),
    ).toBe(
      `“Nobody said it’s easy,” O’Brien told the${nb}“Times”${nb}— and${nb}left the${nb}‘old’ office… in${nb}10${nb}minutes.`,
    );
    expect(applyTypography(`"She said 'no' twice," he wrote.`, 'en')).toBe(
      '“She said ‘no’ twice,” he wrote.',
    );
    expect(applyTypography("Rock 'n' roll of the '90s", 'en')).toBe(
      `Rock ’n’ roll of${nb}the${nb}’90s`,
    );
  });

  it('writes characters, never HTML entities', () => {
    const result = applyTypography('Цена "10 %" - и всё... (c) 2024', 'ru');
    expect(result).not.toMatch(/&[a-z#\d]+;/i);
    expect(result).toContain('«10\u00a0%»');
  });

  it('is idempotent', () => {
    for (const [text, language] of [
      ['Он сказал: "Это "Ромашка" и 150 тысяч..." - и ушёл в 10 км от дома.', 'ru'],
      ['- Привет, - сказал он. А. С. Пушкин жил в 1799-1837 гг. и т. д.', 'ru'],
      [`"It's 'fine'," she said - to O'Brien... in 5 minutes.`, 'en'],
      ['См. https://example.com/a--b... и "ivan@example.com" `a -- "b"`', 'ru'],
    ] as const) {
      const once = applyTypography(text, language);
      expect(applyTypography(once, language)).toBe(once);
    }
  });

  it('leaves URLs, e-mail addresses, code and markup alone', () => {
    const text =
      'См. https://example.com/a--b... и mail.me@example.com - `a -- "b"...` и <b>"x"</b> &amp;';
    expect(applyTypography(text, 'ru')).toBe(
      `См.${nb}https://example.com/a--b... и${nb}mail.me@example.com${nb}— \`a -- "b"...\` и${nb}<b>"x"</b> &amp;`,
    );
    expect(applyTypography('"www.example.com/a...b"', 'ru')).toBe('«www.example.com/a...b»');
    expect(applyTypography('<code>"a" -- b...</code>', 'en')).toBe('<code>"a" -- b...</code>');
  });

  it('processes each line apart and keeps the line breaks as they were', () => {
    expect(applyTypography('Первая "строка\r\nвторая" строка\n"третья"', 'ru')).toBe(
      'Первая «строка\r\nвторая» строка\n«третья»',
    );
  });

  it('returns an empty or blank text as it is', () => {
    expect(applyTypography('', 'ru')).toBe('');
    expect(applyTypography('  \n ', 'en')).toBe('  \n ');
  });

  it('gives what applying the planned edits gives, with and without protected text', () => {
    // The unprotected path takes typograf's result without diffing: it must agree exactly.
    const samples: Array<[string, 'ru' | 'en']> = [
      ['Он сказал: "Это "Ромашка" и 150 тысяч рублей..." - и ушёл.', 'ru'],
      ['В 1990-2000 гг. т. е. "до" и "после" - 5 млн руб. на ул. Ленина, д. 5', 'ru'],
      ['Пишите на info@example.ru или www.example.ru/a--b... "сразу"', 'ru'],
      ['Код `a -- b` и <b>жирный</b> "текст" &amp; всё - готово', 'ru'],
      ["It's \"ready\" - 10 000 times in 2025... at No. 5, 'then' -- done.", 'en'],
      ['See https://example.com/a--b. "Quoted" - yes 😀 "emoji"...', 'en'],
      ['   ', 'ru'],
      ['Две строки: "одна"\nи "другая" - вот', 'ru'],
    ];
    for (const [text, language] of samples) {
      const planned = text
        .split(/(\r\n|[\n\r\u2028\u2029])/)
        .map((part, index) =>
          index % 2 === 1
            ? part
            : applyTextEdits(part, planTypography(part, language, findProtectedRanges(part))),
        )
        .join('');
      expect(applyTypography(text, language)).toBe(planned);
    }
  });
});
