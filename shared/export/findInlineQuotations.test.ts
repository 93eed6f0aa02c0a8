import { describe, expect, it } from 'vitest';
import { findInlineQuotations } from './findInlineQuotations';

function quoted(text: string): string[] {
  return findInlineQuotations(text).map(({ open, close }) => text.slice(open + 1, close));
}

describe('findInlineQuotations', () => {
  it('finds Russian direct speech with an attribution dash', () => {
    expect(quoted('«Это касается всех», — рассказала Наталья Сергунина.')).toEqual([
      'Это касается всех',
    ]);
    expect(quoted('«Мы готовы» — сказал он.')).toEqual(['Мы готовы']);
  });

  it('leaves names and titles in quotes alone', () => {
    expect(quoted('в концертном зале «Зарядье».')).toEqual([]);
    expect(quoted('Филиппин («Цифровые Филиппины») и другие')).toEqual([]);
    expect(quoted('конференция «Поиск ответов» объединит')).toEqual([]);
  });

  it('finds quotations after a colon, ending in punctuation, or long ones', () => {
    expect(quoted('Он сказал: «Да»')).toEqual(['Да']);
    expect(quoted('“We are ready,” she said.')).toEqual(['We are ready,']);
    expect(
      quoted('He called it "a long overdue gift to the east side of the river" today'),
    ).toEqual(['a long overdue gift to the east side of the river']);
  });

  it('balances nested quotation marks', () => {
    expect(quoted('«Мы были в «Зарядье» вчера», — сказал он.')).toEqual([
      'Мы были в «Зарядье» вчера',
    ]);
    expect(quoted('Она: „Ja, wirklich“')).toEqual(['Ja, wirklich']);
  });

  it('ignores unbalanced marks and stays linear on hostile input', () => {
    expect(quoted('«без конца и «края')).toEqual([]);
    const hostile = '«'.repeat(50_000) + '"a '.repeat(50_000);
    const started = performance.now();
    expect(findInlineQuotations(hostile)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
