import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

/*
 * Requests fired at once on one test app. Each goes through the whole stack (authentication, CSRF, validation, the
 * handler); their handlers run interleaved in the process and their statements on the database's pool, several
 * connections at a time on PostgreSQL. The embedded database has one connection, so there the same requests queue
 * statement by statement, which must give the same outcome.
 */

/** Starts every request before awaiting any, and answers them in the order they were made. */
export function fireAtOnce(count: number, send: (index: number) => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => send(i)));
}

/** How many answers had each status and error code, e.g. { '200': 1, '409 VERSION_CONFLICT': 49 }. */
export function outcomes(responses: readonly LightMyRequestResponse[]): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const res of responses) {
    const key = res.statusCode === 200 ? '200' : `${res.statusCode} ${(res.json() as { code?: string }).code ?? ''}`;
    tally[key] = (tally[key] ?? 0) + 1;
  }
  return tally;
}

/**
 * Every answer is a 200 or one of the refusals allowed (a status with its code); nothing fails with a server error.
 * Answers the indexes of the 200s.
 */
export function expectOnly(responses: readonly LightMyRequestResponse[], refusals: readonly string[]): number[] {
  const tally = outcomes(responses);
  for (const key of Object.keys(tally)) {
    if (key !== '200') expect(refusals, JSON.stringify(tally)).toContain(key);
  }
  return responses.flatMap((res, i) => (res.statusCode === 200 ? [i] : []));
}

/** As expectOnly, and exactly `winners` answers are 200. */
export function expectWinners(responses: readonly LightMyRequestResponse[], winners: number, refusals: readonly string[]): number[] {
  const won = expectOnly(responses, refusals);
  expect(won.length, JSON.stringify(outcomes(responses))).toBe(winners);
  return won;
}
