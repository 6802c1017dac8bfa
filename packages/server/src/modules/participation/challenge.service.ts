import { randomInt } from 'node:crypto';
import type { Db } from '../../platform/db/client';
import { validationError } from '../../platform/errors';
import * as repo from './participation.repository';

/*
 * 验证题 (issue 8 "a simple challenge", no external captcha): the server makes a small sum, keeps its answer and
 * hands out only an id. A submission must carry the id and the right answer; the challenge is spent by the attempt,
 * right or wrong, so a script cannot try answers against one challenge, and each new one costs a rate-limited call.
 */

const LIFETIME_MS = 10 * 60_000;

export async function issueChallenge(db: Db, now: Date) {
  const a = randomInt(2, 20);
  const b = randomInt(2, 20);
  const expiresAt = new Date(now.getTime() + LIFETIME_MS);
  // Expired challenges are swept here, where new ones are made, so the table stays as small as its traffic.
  await repo.purgeExpiredChallenges(db, now);
  const row = await repo.insertChallenge(db, { answer: a + b, expiresAt });
  if (!row) throw new Error('challenge not stored');
  return { token: row.id, question: `${a} + ${b} = ?`, expiresAt: expiresAt.toISOString() };
}

/** Spends the challenge; a missing, expired or wrongly answered one is a bad field of the submission. */
export async function spendChallenge(db: Db, token: string, answer: number, now: Date): Promise<void> {
  const stored = await repo.consumeChallenge(db, token, now);
  if (!stored) throw validationError([{ path: 'challengeToken', message: '验证题已过期或已使用，请刷新验证题后重新作答' }]);
  if (stored.answer !== answer) throw validationError([{ path: 'challengeAnswer', message: '验证题答案不正确，请刷新验证题后重新作答' }]);
}
