/** A score in the assessment tables: two decimals, as scores are kept (hundredths), so a column of them lines up. */
export function scoreText(score: number): string {
  return score.toFixed(2);
}
