import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('an English participle cue after a passive with its agent (issue 14): nobody', () => {
  it('names neither the subject nor the agent', () => {
    expect(
      speakers('Anna Berg was backed by Tom Reed, saying: "The bridge must stay open."', 'en'),
    ).toEqual(['']);
    expect(
      speakers(
        'Anna Berg was praised by the governor on Friday, adding "the bridge must stay open".',
        'en',
      ),
    ).toEqual(['']);
  });

  it('keeps the subject when "by" opens no passive or a relative clause names the agent', () => {
    expect(
      speakers('Anna Berg stood by her plan, saying: "The bridge must stay open."', 'en'),
    ).toEqual(['Anna Berg']);
    expect(
      speakers('Anna Berg was backed by Tom Reed, who said: "The bridge must stay open."', 'en'),
    ).toEqual(['Tom Reed']);
    expect(
      speakers('Anna Berg, backed by Tom Reed, said: "The bridge must stay open."', 'en'),
    ).toEqual(['Anna Berg']);
  });
});
