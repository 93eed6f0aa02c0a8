import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round twenty-eight (issue 14): Russian blanks without a wrong name', () => {
  it('gives the verb after a relative clause or participle phrase to the word the clause describes', () => {
    expect(
      speakers(
        'Анна Петрова продала завод. Петрова, которая работала там много лет, сказала: «Мы закрываемся».',
      ),
    ).toEqual(['Анна Петрова']);
    expect(
      speakers(
        'Писатель Иван Сергеев вернулся домой. При этом писатель, долгое время живший в Праге, отметил, что «никогда не уезжал навсегда».',
      ),
    ).toEqual(['Иван Сергеев']);
    // A clause hanging on a thing gives it no voice.
    expect(
      speakers(
        'Иван Петров продал завод. Завод, который работал много лет, сообщил: «Мы закрываемся».',
      ),
    ).toEqual(['']);
    // A verb of the other gender leaves the guess unshown.
    expect(
      speakers(
        'Анна Петрова продала завод. Петрова, которая работала там много лет, сказал: «Мы закрываемся».',
      ),
    ).toEqual(['']);
  });

  it('reads a subject after an opening adverbial of time before a gerund cue', () => {
    expect(
      speakers(
        'Иван Петров задержан. В прошлом году Петров связался с покупателем, сообщив, что «товар готов».',
      ),
    ).toEqual(['Иван Петров']);
    expect(
      speakers(
        'Иван Петров задержан. В 2015 году Петров связался с покупателем, сообщив, что «товар готов».',
      ),
    ).toEqual(['Иван Петров']);
    // A capitalised word after a preposition, or in an oblique case, is no subject.
    expect(
      speakers(
        'Иван Петров задержан. В Москве Сергеев встретился с Петровым, сообщив, что «товар готов».',
      ),
    ).toEqual(['']);
  });
});
