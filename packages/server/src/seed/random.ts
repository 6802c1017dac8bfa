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
  /** The indexes 0 … n-1 in a random order (Fisher–Yates): draw people without repeats. */
  const permutation = (n: number): Uint32Array => {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const swap = order[i] as number;
      order[i] = order[j] as number;
      order[j] = swap;
    }
    return order;
  };
  return { next, int, pick, weighted, permutation };
}

export type Random = ReturnType<typeof createRandom>;

/** A deterministic uuid-shaped id from the generator, so the same seed gives the same ids (four draws of 32 bits). */
export function demoId(random: Random): string {
  let hex = '';
  for (let i = 0; i < 4; i++)
    hex += Math.floor(random.next() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
