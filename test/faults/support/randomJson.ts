import type { Random } from '../../support/createRandom';
import { fuzzKeys } from './fuzzKeys';
import { randomString } from './randomString';

const numbers = [
  0,
  -0,
  1,
  -1,
  0.5,
  1e308,
  -1e308,
  1e-300,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  10_000_001,
  -(2 ** 63),
];

/** Any JSON value, nested up to a few levels. */
export function randomJson(random: Random, depth = 0): unknown {
  switch (random.between(0, depth > 2 ? 4 : 7)) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return random.chance(0.5) ? random.pick(numbers) : random.between(-1000, 1000);
    case 3:
    case 4:
      return randomString(random);
    case 5:
      return Array.from({ length: random.between(0, 4) }, () => randomJson(random, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: random.between(0, 5) }, () => [
          random.chance(0.7) ? random.pick(fuzzKeys) : randomString(random).slice(0, 40),
          randomJson(random, depth + 1),
        ]),
      );
  }
}
