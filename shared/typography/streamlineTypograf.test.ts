import Typograf from 'typograf';
import { describe, expect, it } from 'vitest';
import { createTypograf, getTypograf } from './getTypograf';

// Text for every rule Galley enables, and for what typograf hides: markup, entities, URLs,
// its own private-use labels typed by someone, line breaks.
const texts = [
  'Он сказал: "Это "Ромашка" и 150 тысяч рублей..." - и ушёл в дом. На 10 км от МКАД рост 5 %.',
  'Мы шли по улице, а не к дому, но за ним. Цена выросла на 100 ₽ за 2 года... Что же?..',
  'В 1990-2000 гг. и в XIX-XX вв., с 5-10 мая, в 10:00-12:00, пн-пт; 80-е годы, январь-март.',
  'А. С. Пушкин, ул. Ленина, д. 5, кв. 12, стр. 3, см. рис. 4, т. е. 2 млн руб. 50 коп., № 7, § 5, ООО "Ромашка".',
  '- Ты где? - спросил он.\n- Здесь, - ответил я. Бы, ли, же: сделал бы, пришёл ли, он же.',
  "She said: \"It's ready - 10 000 times in 2025... at No. 5,\" and 'then' -- done, 300 dpi.",
  "Rock 'n' roll in the '90s, isn't it? A cat, an owl and the dog; by the way, up to you.",
  'Visit https://example.com/a--b...c or www.example.org, mail me@example.com, "quoted".',
  'A <b>bold</b> "word" and <code>x -- y "z"</code>, &laquo;entities&raquo; &amp; &#171;more&#187;.',
  '<!-- note --> "a" - b <pre>"keep"</pre> &lt;b&gt; "tail" - end',
  'Labels \uF000tf1\uF000 and \uF001 typed in "text" - kept.',
  'Line one "a"\r\nLine two - b\rLine three...',
  '',
  '   ',
  '"',
  '2024 г. 5 т. 3 ч. 10 мин. 15 млрд. долл., ¶ 5, 300 dpi, 5 руб. 20 коп., 2001-2005 гг.',
  "Без цифр и тире, но с апострофом Д'Артаньян и многоточием... Правда?..",
];

describe('streamlineTypograf', () => {
  it('gives exactly what a plain typograf gives, call after call', () => {
    for (const language of ['ru', 'en'] as const) {
      const plain = createTypograf(language);
      for (let round = 0; round < 2; round += 1) {
        for (const text of texts) {
          expect(getTypograf(language).execute(text), JSON.stringify(text)).toBe(
            plain.execute(text),
          );
        }
      }
    }
  });

  it('applies to the installed typograf (a new major version would need a look)', () => {
    const streamlined = getTypograf('ru') as unknown as { executeRules: unknown };
    const prototype = Typograf.prototype as unknown as { executeRules: unknown };
    expect(streamlined.executeRules).not.toBe(prototype.executeRules);
  });
});
