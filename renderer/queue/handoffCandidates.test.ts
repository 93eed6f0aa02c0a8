import { describe, expect, it } from 'vitest';
import type { DeskPerson } from '../../shared/desk/deskPerson';
import { handoffCandidates } from './handoffCandidates';

const anna: DeskPerson = { id: 'a', name: 'Анна', role: 'editor' };
const boris: DeskPerson = { id: 'b', name: 'Борис', role: 'fact-checker' };
const vera: DeskPerson = { id: 'v', name: 'Вера', role: 'chief' };

describe('handoffCandidates', () => {
  it('offers fact-checkers for fact-check and the chief for ready', () => {
    expect(handoffCandidates('fact-check', [anna, boris, vera], anna)).toEqual([boris]);
    expect(handoffCandidates('ready', [anna, boris, vera], anna)).toEqual([vera]);
  });

  it('offers anyone but me when nobody has the role', () => {
    expect(handoffCandidates('ready', [anna, boris], anna)).toEqual([boris]);
  });

  it('offers nobody for moves without a hand-off', () => {
    expect(handoffCandidates('editing', [anna, boris, vera], anna)).toEqual([]);
  });
});
