import { describe, expect, it } from 'vitest';
import { findSpellingWords } from './findSpellingWords';

describe('findSpellingWords', () => {
  it('finds Russian and English words with their places and dictionaries', () => {
    const text = 'Превет, Moscow! Из-за «ремонта» don’t wait.';
    expect(findSpellingWords(text)).toEqual([
      { word: 'Превет', from: 0, to: 6, language: 'ru' },
      { word: 'Moscow', from: 8, to: 14, language: 'en' },
      { word: 'Из-за', from: 16, to: 21, language: 'ru' },
      { word: 'ремонта', from: 23, to: 30, language: 'ru' },
      { word: "don't", from: 32, to: 37, language: 'en' },
      { word: 'wait', from: 38, to: 42, language: 'en' },
    ]);
  });

  it('leaves out abbreviations, words touching digits, mixed scripts and single letters', () => {
    const text = 'ЦОДД и NATO: 5G, COVID-19, 2025года, Mосква (латинская M), я';
    expect(findSpellingWords(text).map((word) => word.word)).toEqual(['латинская']);
  });
});
