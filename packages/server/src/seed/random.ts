/** A small seeded generator (mulberry32): the same seed always yields the same demo county. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  /** Picks by weight: `[[value, weight], …]`. */
  const weighted = <T>(items: ReadonlyArray<readonly [T, number]>): T => {
    const sum = items.reduce((a, [, w]) => a + w, 0);
    let r = next() * sum;
    for (const [value, w] of items) {
      r -= w;
      if (r < 0) return value;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  };
  return { next, int, pick, weighted };
}

export type Random = ReturnType<typeof createRandom>;
