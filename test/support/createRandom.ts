/**
 * A small seeded generator (sfc32): the same seed gives the same benchmark corpus or fault
 * run on every machine, so a failure can be replayed.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks with Zipf weights (1/rank^exponent): the first items are the common ones. */
  zipf<T>(items: readonly T[], exponent?: number): T;
  /** Up to `count` distinct items, Zipf-weighted. */
  some<T>(items: readonly T[], count: number, exponent?: number): T[];
}

export function createRandom(seed: number): Random {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const raw = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let index = 0; index < 15; index += 1) raw();

  const cumulative = new WeakMap<readonly unknown[], Map<number, Float64Array>>();
  const weightsOf = (items: readonly unknown[], exponent: number): Float64Array => {
    let byExponent = cumulative.get(items);
    if (!byExponent) {
      byExponent = new Map();
      cumulative.set(items, byExponent);
    }
    let sums = byExponent.get(exponent);
    if (!sums) {
      sums = new Float64Array(items.length);
      let total = 0;
      for (let rank = 0; rank < items.length; rank += 1) {
        total += 1 / Math.pow(rank + 1, exponent);
        sums[rank] = total;
      }
      byExponent.set(exponent, sums);
    }
    return sums;
  };

  const random: Random = {
    next: raw,
    int: (n) => Math.floor(raw() * n),
    between: (min, max) => min + Math.floor(raw() * (max - min + 1)),
    chance: (probability) => raw() < probability,
    pick: (items) => {
      const item = items[Math.floor(raw() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    zipf: (items, exponent = 1) => {
      const sums = weightsOf(items, exponent);
      const target = raw() * (sums[sums.length - 1] ?? 0);
      let low = 0;
      let high = sums.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((sums[middle] ?? 0) < target) low = middle + 1;
        else high = middle;
      }
      const item = items[low];
      if (item === undefined) throw new Error('zipf pick from an empty list');
      return item;
    },
    some: (items, count, exponent = 1) => {
      const chosen = new Set<(typeof items)[number]>();
      for (let tries = 0; chosen.size < Math.min(count, items.length) && tries < count * 8; tries++)
        chosen.add(random.zipf(items, exponent));
      return [...chosen];
    },
  };
  return random;
}
