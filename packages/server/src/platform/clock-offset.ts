import { readFileSync } from 'node:fs';

/*
 * A clock for test and training instances whose date must move forward on demand: a notice period of five working
 * days or an impact period of months cannot be waited out in a browser test. The file holds a number of days (it may
 * be fractional); the clock is the real time plus that many days, re-read at most every 200 ms. Only `serve` reads
 * it, and only when DANDANG_CLOCK_OFFSET_FILE names the file; a production instance never sets it.
 */
const REREAD_MS = 200;
const DAY_MS = 24 * 3600 * 1000;

export function offsetClock(file: string): () => Date {
  let offsetMs = 0;
  let readAt = 0;
  return () => {
    const real = Date.now();
    if (real - readAt > REREAD_MS) {
      readAt = real;
      try {
        const days = Number(readFileSync(file, 'utf8').trim());
        offsetMs = Number.isFinite(days) ? days * DAY_MS : 0;
      } catch {
        offsetMs = 0;
      }
    }
    return new Date(real + offsetMs);
  };
}
