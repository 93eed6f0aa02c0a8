import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('a source frame around another named speaker (issue 14): neither is given', () => {
  it('leaves the speaker open when the source says another person spoke the words', () => {
    expect(
      speakers('По словам Ивана Петрова, Мария Иванова назвала сделку «катастрофой».'),
    ).toEqual(['']);
    expect(
      speakers('According to John Smith, Mary Jones said the deal was "a disaster".', 'en'),
    ).toEqual(['']);
  });

  it('keeps the source when what follows is about a place or a body', () => {
    expect(
      speakers(
        'Об этом сообщил министр Николай Азаров. По его словам, Москва согласилась создать консорциум, «который позволит повысить надёжность».',
      ),
    ).toEqual(['Николай Азаров']);
  });
});
