import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detectLanguage';

describe('detectLanguage', () => {
  it('goes by the majority alphabet', () => {
    expect(detectLanguage('CATL и DHL укрепляют стратегическое партнерство')).toBe('ru');
    expect(detectLanguage('Mayor Sobyanin said «Москва» is ready')).toBe('en');
    expect(detectLanguage('Ёлка')).toBe('ru');
  });

  it('falls back when there are no letters', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('2025 — 12:00', 'ru')).toBe('ru');
  });
});
