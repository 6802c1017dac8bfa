import { describe, expect, it } from 'vitest';
import { logSafeUrl } from './log-redaction';

// ADR 0014: nothing may tie a ballot code to whoever used it; the request log is no exception.
describe('logSafeUrl', () => {
  it.each([
    ['/ballot/ABCD-EFGH-JKMN', '/ballot/***'],
    ['/api/v1/public/ballots/abcdefghjkmn', '/api/v1/public/ballots/***'],
    ['/api/v1/public/ballots/ABCD-EFGH-JKMN?x=1', '/api/v1/public/ballots/***?x=1'],
    ['/api/v1/cadres?page=1', '/api/v1/cadres?page=1'],
    ['/ballot', '/ballot'],
    ['/api/v1/assessment/cycles/1/ballot-sessions', '/api/v1/assessment/cycles/1/ballot-sessions'],
  ])('%s is logged as %s', (url, logged) => {
    expect(logSafeUrl(url)).toBe(logged);
  });
});
