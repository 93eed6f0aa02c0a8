import { describe, expect, it } from 'vitest';
import {
  renderCorrectionNoteHtml,
  renderCorrectionsHtml,
  typesetCorrections,
} from './renderCorrections';

const keepText = (text: string): string => text;
const june1 = Date.UTC(2025, 5, 1, 9, 30);
const june3 = Date.UTC(2025, 5, 3, 18);

describe('renderCorrectionsHtml', () => {
  it('prints nothing when there is no correction worth printing', () => {
    expect(renderCorrectionsHtml([], 'ru')).toBe('');
    expect(renderCorrectionsHtml([{ at: june1, text: '  \n ' }], 'en')).toBe('');
  });

  it('heads one Russian note «Исправление», with the date as the page prints dates', () => {
    expect(
      renderCorrectionsHtml([{ at: june1, text: 'Мост откроют в июне.' }], 'ru', keepText),
    ).toBe(
      '<aside class="corrections" aria-labelledby="corrections-heading">\n' +
        '<h2 id="corrections-heading">Исправление</h2>\n' +
        '<p><time datetime="2025-06-01T09:30:00Z">1\u00a0июня 2025</time>: Мост откроют в июне.</p>\n' +
        '</aside>\n',
    );
  });

  it('heads several English notes "Corrections", oldest first', () => {
    const html = renderCorrectionsHtml(
      [
        { at: june3, text: 'The vote was 7 to 2.' },
        { at: june1, text: 'The park is 4 hectares.' },
      ],
      'en',
      keepText,
    );
    expect(html).toContain('<h2 id="corrections-heading">Corrections</h2>');
    expect(html.indexOf('June 1, 2025')).toBeLessThan(html.indexOf('June 3, 2025'));
    expect(html).toContain(
      '<p><time datetime="2025-06-03T18:00:00Z">June 3, 2025</time>: The vote was 7 to 2.</p>',
    );
  });

  it('heads several Russian notes «Исправления»', () => {
    const html = renderCorrectionsHtml(
      [
        { at: june1, text: 'Первая' },
        { at: june3, text: 'Вторая' },
      ],
      'ru',
    );
    expect(html).toContain('<h2 id="corrections-heading">Исправления</h2>');
  });

  it('prints hostile text as text', () => {
    const html = renderCorrectionsHtml(
      [{ at: june1, text: '</aside><script>alert(1)</script> "x" onclick=\'y\'' }],
      'en',
      keepText,
    );
    expect(html).not.toContain('<script');
    expect(html).toContain(
      '&lt;/aside&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; onclick=&#39;y&#39;',
    );
    expect(html.match(/<\/aside>/g)).toHaveLength(1);
  });

  it('typesets the text in the article language', () => {
    const html = renderCorrectionsHtml([{ at: june1, text: 'Мэр сказал "да"' }], 'ru');
    expect(html).toContain('Мэр сказал «да»');
  });
});

describe('typesetCorrections', () => {
  it('trims, drops empty notes and sorts by time, keeping ties in order', () => {
    expect(
      typesetCorrections(
        [
          { at: june3, text: ' b ' },
          { at: june1, text: 'a' },
          { at: june1, text: '' },
          { at: june3, text: 'c' },
        ],
        'en',
        keepText,
      ),
    ).toEqual([
      { at: june1, text: 'a' },
      { at: june3, text: 'b' },
      { at: june3, text: 'c' },
    ]);
  });
});

describe('renderCorrectionNoteHtml', () => {
  it('is the date and the escaped text, for a ninjs description or a CMS', () => {
    expect(renderCorrectionNoteHtml({ at: june1, text: 'A & B' }, 'en')).toBe(
      '<time datetime="2025-06-01T09:30:00Z">June 1, 2025</time>: A &amp; B',
    );
  });
});
