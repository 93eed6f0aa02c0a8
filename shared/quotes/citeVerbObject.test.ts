import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('a cite verb before a colon (issue 14): its object said the words', () => {
  it('gives the words to the person cited, not to whoever cites them', () => {
    expect(speakers('РБК цитирует Марию Иванову: «Сделка закрыта».')).toEqual(['Мария Иванова']);
    // The verb agrees with the one who cites: its gender says nothing of the speaker.
    expect(speakers('Иван Петров процитировал Марию Иванову: «Сделка закрыта».')).toEqual([
      'Мария Иванова',
    ]);
    expect(speakers('John Smith quoted Mary Jones: "It is done."', 'en')).toEqual(['Mary Jones']);
  });

  it('names nobody when the cite verb names no one', () => {
    expect(speakers('Иван Петров процитировал: «Сделка закрыта».')).toEqual(['']);
  });
});
