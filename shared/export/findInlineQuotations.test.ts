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

  // A quadratic scan would not finish 100,000 unbalanced marks within the runner's timeout; how
  // fast it finishes is the benchmark's business, not this test's.
  it('ignores unbalanced marks, hostile input included', () => {
    expect(quoted('«без конца и «края')).toEqual([]);
    const hostile = '«'.repeat(50_000) + '"a '.repeat(50_000);
    expect(findInlineQuotations(hostile)).toEqual([]);
  });
});
