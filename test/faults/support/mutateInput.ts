import type { Random } from '../../support/createRandom';
import { fuzzKeys } from './fuzzKeys';
import { randomJson } from './randomJson';
import { randomString } from './randomString';

/** A copy of a valid input with one thing changed: a value, a missing or an extra key. */
export function mutateInput(random: Random, valid: Record<string, unknown>): unknown {
  const copy: Record<string, unknown> = structuredClone(valid);
  const names = Object.keys(copy);
  const action = random.between(0, names.length ? 3 : 1);
  if (action === 0) copy[random.pick(fuzzKeys)] = randomJson(random);
  else if (action === 1) copy[randomString(random).slice(0, 20) || 'extra'] = randomJson(random);
  else if (action === 2) delete copy[random.pick(names)];
  else {
    const name = random.pick(names);
    const value = copy[name];
    if (value && typeof value === 'object' && !Array.isArray(value) && random.chance(0.6)) {
      copy[name] = mutateInput(random, value as Record<string, unknown>);
    } else copy[name] = randomJson(random);
  }
  return copy;
}
