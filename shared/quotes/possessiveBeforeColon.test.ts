import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('"his" or "her" and a noun for what was said before a colon (issue 14)', () => {
  it('reads the pronoun back to the person of its gender', () => {
    expect(
      speakers('Anna Berg, the mayor, met reporters. Her message was simple: "We stay."', 'en'),
    ).toEqual(['Anna Berg']);
    expect(
      speakers(
        'Tom Reed met Anna Berg on Monday. His answer to the council was blunt: "No."',
        'en',
      ),
    ).toEqual(['Tom Reed']);
    expect(speakers('Anna Berg met Tom Reed on Monday. But her reply: "Never."', 'en')).toEqual([
      'Anna Berg',
    ]);
  });

  it('names nobody when the clause says who took the words up or runs on', () => {
    expect(
      speakers('Tom Reed met Anna Berg. Her view was shared by the mayor: "We stay."', 'en'),
    ).toEqual(['']);
    expect(
      speakers(
        'Tom Reed met Anna Berg. Her message to the voters of the northern district of the city: "We stay."',
        'en',
      ),
    ).toEqual(['']);
  });
});
