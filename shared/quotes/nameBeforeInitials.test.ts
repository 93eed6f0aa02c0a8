import { describe, expect, it } from 'vitest';
import { nameBeforeInitials } from './nameBeforeInitials';

describe('nameBeforeInitials', () => {
  it('spells out the words the bracketed initials stand for, from any of them', () => {
    const text = 'Cases rose. Medecins sans Frontieres (MSF) said so.';
    expect(nameBeforeInitials(text, text.indexOf('Medecins'))).toBe('Medecins sans Frontieres');
    expect(nameBeforeInitials(text, text.indexOf('Frontieres'))).toBe('Medecins sans Frontieres');
  });

  it('finds none when the initials do not match or no brackets follow', () => {
    const text = 'Cases rose. Doctors at the Clinic (MSF) said so. Tom Reed said.';
    expect(nameBeforeInitials(text, text.indexOf('Clinic'))).toBe('');
    expect(nameBeforeInitials(text, text.indexOf('Tom'))).toBe('');
  });
});
