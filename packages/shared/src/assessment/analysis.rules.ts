/*
 * The figures of the assessment dashboard (issue 5 "Views", "Unit assessment"): a score histogram, rankings with
 * ties, and the change of a ranking against last year. Pure, so the server computes them and tests pin them.
 */

export interface Bin {
  from: number;
  to: number;
  n: number;
}

/** Full marks: a score of exactly 100 is counted in the bin that ends there ([95, 100]) rather than one above it. */
const FULL_MARKS = 100;

/**
 * Scores counted in bins `width` points wide, [from, to), from the lowest score's bin to the highest's; full marks
 * fall in the bin that ends at them. Empty bins in between are kept, so the shape is true.
 */
export function scoreHistogram(finals: readonly number[], width = 5): Bin[] {
  if (finals.length === 0) return [];
  const lowest = Math.floor(Math.min(...finals) / width) * width;
  const highest = Math.max(...finals);
  const edge = highest === FULL_MARKS && FULL_MARKS % width === 0 && lowest < FULL_MARKS;
  const top = edge ? FULL_MARKS : (Math.floor(highest / width) + 1) * width;
  const bins: Bin[] = [];
  for (let from = lowest; from < top; from += width) bins.push({ from, to: from + width, n: 0 });
  for (const f of finals) (bins[Math.min(Math.floor((f - lowest) / width), bins.length - 1)] as Bin).n += 1;
  return bins;
}

/** Best score first; equal scores share a rank and the next rank skips (1, 1, 3). Unscored rows come last, unranked. */
export function rankByScore<T extends { final: number | null }>(rows: readonly T[]): Array<T & { rank: number | null }> {
  const scored = rows.filter((r) => r.final !== null).sort((a, b) => (b.final as number) - (a.final as number));
  const ranked = scored.map((r) => ({ ...r, rank: 0 }));
  for (const [i, r] of ranked.entries()) {
    const before = ranked[i - 1];
    r.rank = before && before.final === r.final ? before.rank : i + 1;
  }
  return [...ranked, ...rows.filter((r) => r.final === null).map((r) => ({ ...r, rank: null }))];
}

/** This year's ranking with last year's rank and score of the same key (a unit), and how the rank moved (+: up). */
export function againstLastYear<T extends { key: string; rank: number | null; final: number | null }>(
  current: readonly T[],
  previous: ReadonlyArray<{ key: string; rank: number | null; final: number | null }>,
): Array<T & { previousRank: number | null; previousFinal: number | null; rankChange: number | null }> {
  const before = new Map(previous.map((p) => [p.key, p]));
  return current.map((c) => {
    const p = before.get(c.key);
    const previousRank = p?.rank ?? null;
    return {
      ...c,
      previousRank,
      previousFinal: p?.final ?? null,
      rankChange: previousRank !== null && c.rank !== null ? previousRank - c.rank : null,
    };
  });
}
