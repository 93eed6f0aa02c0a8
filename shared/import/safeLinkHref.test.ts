import { describe, expect, it } from 'vitest';
import { safeLinkHref } from './safeLinkHref';

describe('safeLinkHref', () => {
  it('keeps absolute http, https and mailto URLs', () => {
    expect(safeLinkHref('https://mos.ru/news?id=1#top')).toBe('https://mos.ru/news?id=1#top');
    expect(safeLinkHref('  HTTP://example.com  ')).toBe('HTTP://example.com');
    expect(safeLinkHref('mailto:desk@example.com')).toBe('mailto:desk@example.com');
    expect(safeLinkHref('//cdn.example.com/x')).toBe('https://cdn.example.com/x');
    expect(safeLinkHref('https://example.com/a b')).toBe('https://example.com/a%20b');
  });

  it('refuses script schemes however they are disguised', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'jav\tascript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      ' \u0000 javascript:alert(1)',
      'javascript\u200b:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'https:\\\\evil.example',
      'https:evil.example',
      '/relative/path',
      '#anchor',
      '',
      `https://example.com/${'a'.repeat(3000)}`,
    ]) {
      expect(safeLinkHref(href), href).toBeNull();
    }
  });
});
