import { describe, expect, it } from 'vitest';
import { sanitizeUrl } from './sanitizeUrl';

describe('sanitizeUrl', () => {
  it('keeps http, https and mailto links', () => {
    expect(sanitizeUrl('https://example.com/a?b=1&c=2#d')).toBe('https://example.com/a?b=1&c=2#d');
    expect(sanitizeUrl(' HTTP://Example.com:8080/ ')).toBe('http://Example.com:8080/');
    expect(sanitizeUrl('mailto:desk@news.example')).toBe('mailto:desk@news.example');
    expect(sanitizeUrl('https://москва.рф/новости')).toBe(
      'https://москва.рф/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8',
    );
  });

  it('refuses script, data and relative URLs and broken hosts', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      '/relative/path',
      '//evil.example/',
      'https://exa mple.com/',
      'https://bank.example@evil.example/',
      'https://-bad-.example/',
      'https:',
      'mailto:',
    ]) {
      expect(sanitizeUrl(url), url).toBeUndefined();
    }
  });

  it('percent-encodes what a URL cannot hold', () => {
    expect(sanitizeUrl('https://example.com/a b"<>')).toBe('https://example.com/a%20b%22%3C%3E');
    expect(sanitizeUrl('https://example.com/100%')).toBe('https://example.com/100%25');
    expect(sanitizeUrl('https://example.com/%41')).toBe('https://example.com/%41');
  });
});
