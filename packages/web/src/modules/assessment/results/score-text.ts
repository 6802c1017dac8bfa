/** A score as every assessment screen shows it: two decimals, as scores are kept (hundredths), so a column lines up. */
export function scoreText(score: number): string {
  return score.toFixed(2);
}
