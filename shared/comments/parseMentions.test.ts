import { describe, expect, it } from 'vitest';
import { parseMentions } from './parseMentions';

describe('parseMentions', () => {
  it('reads a known person’s full name, else one word, each once', () => {
    expect(
      parseMentions('@анна петрова, проверьте; @Boris и снова @Анна Петрова', ['Анна Петрова']),
    ).toEqual(['Анна Петрова', 'Boris']);
  });

  it('does not read an e-mail address as a mention', () => {
    expect(parseMentions('пишите на desk@example.org', [])).toEqual([]);
  });
});
