import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round sixteen (issue 14): the wrong names', () => {
  it('names no organisation for a capitalised adjective before a plural or the press', () => {
    // «Немецкая пресса», «Бывшие советские дипломаты», "Korean officials": descriptions of
    // unnamed people, not names.
    expect(
      speakers(
        'Немецкая пресса пишет: «переговоры зашли в тупик». Бывшие советские дипломаты назвали встречу «провалом».',
      ),
    ).toEqual(['', '']);
    expect(
      speakers('Korean officials have warned the flood is now a "grave danger" to the city.', 'en'),
    ).toEqual(['']);
  });

  it('keeps the name of a body written as an adjective and a singular noun', () => {
    expect(speakers('Русский музей сообщил, что картина «была подделкой».')).toEqual([
      'Русский музей',
    ]);
  });

  it('reads no inverted subject after an English verb joined by "and"', () => {
    // "and said the Treaty "…"": the treaty is what was spoken of; the subject is the senator.
    expect(
      speakers(
        'Senator Ann Hale criticised "the hurried drafting of the text" and said the Treaty "leaves every question open."',
        'en',
      ),
    ).toEqual(['Ann Hale', 'Ann Hale']);
  });
});
