import { describe, expect, it } from 'vitest';
import { quoteSpeakers as speakers } from '../../test/support/quoteSpeakers';

describe('attribution, round thirty-two held out: the wrong names it showed', () => {
  it('takes an inverted verb right after the mark for the speaker when the comma is left out', () => {
    expect(
      speakers(
        'Jane Doe spoke first. "We will win," said Doe.\n\nThe Farm Union condemned the cuts: "These cuts are cruel and I condemn them. They hurt our members" said the union\'s General Secretary, Tom Reed.',
        'en',
      ),
    ).toEqual(['Jane Doe', 'Tom Reed']);
  });

  it('does not carry the last speaker into a paragraph a body opens as its subject', () => {
    expect(
      speakers(
        'Jane Doe spoke first. "We will win," said Doe.\n\nThe Farm Union condemned the cuts: "These cuts are cruel and I condemn them. They hurt our members."',
        'en',
      ),
    ).toEqual(['Jane Doe', '']);
  });

  it('still carries the last speaker on when the paragraph opens with a role', () => {
    expect(
      speakers(
        'Jane Doe spoke first. "We will win," said Doe.\n\nThe Prime Minister added: "These cuts are cruel and I condemn them. They hurt our members."',
        'en',
      ),
    ).toEqual(['Jane Doe', 'Jane Doe']);
  });

  it('gives the words a verb of hearing reports to the one heard, not the listener or the source', () => {
    const heard = [
      'Mayor Jane Doe says the city is safe. According to the police, a neighbour heard one of the men say "we will come back."',
      'Mayor Jane Doe says the city is safe. Tom Reed heard one of the men say "we will come back."',
      'Mayor Jane Doe says the city is safe. Tom Reed said he heard one of the men say "we will come back."',
    ];
    for (const text of heard) expect(speakers(text, 'en')).toEqual(['']);
  });

  it('does not give a relative clause\'s "he" to the subject when another man is named between', () => {
    expect(
      speakers(
        'The board met on Monday. Auditor Tom Reed released a report criticizing Jim Bell\'s remarks at a spring meeting, in which he called the budget "deeply flawed" for its loans.',
        'en',
      ),
    ).toEqual(['']);
  });

  it('still gives it to the subject when the one named between is a woman', () => {
    expect(
      speakers(
        'The board met on Monday. Auditor Tom Reed released a report criticizing Anna Bell\'s remarks at a spring meeting, in which he called the budget "deeply flawed" for its loans.',
        'en',
      ),
    ).toEqual(['Tom Reed']);
  });

  it('does not take "add to" a thing for a speech verb', () => {
    expect(
      speakers(
        'Talks stalled. North Korea and South Korea officials have added to criticism from the farm union that the plan will "hurt every family in the valley".',
        'en',
      ),
    ).toEqual(['']);
  });

  it('still takes "added" with a clause or a quotation after it', () => {
    expect(
      speakers(
        'Talks stalled. Farm union leader Tom Reed added that the plan will "hurt every family in the valley".',
        'en',
      ),
    ).toEqual(['Tom Reed']);
  });

  it('reads "States" after a capitalised word as part of the name, not a verb cutting it', () => {
    expect(
      speakers(
        'Talks stalled. United States and United Kingdom spokespeople added that the plan will "hurt every family in the valley".',
        'en',
      ),
    ).toEqual(['United States']);
  });

  it('does not carry words on past another speaker named by an inverted verb and a role', () => {
    expect(
      speakers(
        'Talks stalled. The United States called the cuts "outrageous" and said farmers were threatened.\n\n" Basically, the officials told them they were not going anywhere," said deputy farm minister Jim Bell. "The officials told them they should respect the laws of the country."',
        'en',
      ),
      // Round thirty-three reads the mark with a space after it as the opener it is, so the
      // inverted verb's speaker is found and goes on in the next sentence.
    ).toEqual(['United States', 'Jim Bell', 'Jim Bell']);
  });

  it('gives the words of a claim "from" a named person, in its "that" clause, to that person', () => {
    expect(
      speakers(
        'Talks stalled. Local officials have joined criticism from farm union leader Tom Reed that the plan will "hurt every family in the valley".',
        'en',
      ),
    ).toEqual(['Tom Reed']);
  });

  it('names nobody for a claim from no person', () => {
    expect(
      speakers(
        'Talks stalled. Local officials have joined criticism from the farm union that the plan will "hurt every family in the valley".',
        'en',
      ),
    ).toEqual(['']);
  });
});
