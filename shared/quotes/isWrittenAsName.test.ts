import { describe, expect, it } from 'vitest';
import { isWrittenAsName } from './isWrittenAsName';

describe('isWrittenAsName', () => {
  it('finds a capitalised word written inside a sentence', () => {
    expect(isWrittenAsName('Velora spoke. The envoy met the Velora movement.', 'Velora')).toBe(
      true,
    );
    expect(isWrittenAsName('Velora spoke. If Velora wins, talks end.', 'Velora')).toBe(true);
  });

  it('finds none where the word only opens sentences, lines or quotations', () => {
    expect(isWrittenAsName('Velora spoke. Velora left.\n\nVelora came back.', 'Velora')).toBe(
      false,
    );
    expect(isWrittenAsName('He said: "Velora is late." Velorans agreed.', 'Velora')).toBe(false);
  });
});
