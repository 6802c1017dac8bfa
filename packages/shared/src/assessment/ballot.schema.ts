import { z } from 'zod';
import { reasonSchema } from '../rules/reason.schema';
import { RATER_GROUPS, SCHEME_CATEGORIES } from './scheme.schema';

/**
 * Democratic evaluation (民主测评, DOMAIN.md §2): each rater group receives one-time codes; whoever holds a code
 * opens the ballot without an account and rates every subject once. Nothing stored with a ballot names its code.
 */
export const BALLOT_LEVELS = ['GOOD', 'FAIRLY_GOOD', 'FAIR', 'POOR'] as const;
export type BallotLevel = (typeof BALLOT_LEVELS)[number];
/** The rating and the score it counts for; the group's score of a subject is the mean over its valid ballots. */
export const BALLOT_SCALE: Record<BallotLevel, { label: string; score: number }> = {
  GOOD: { label: '好', score: 100 },
  FAIRLY_GOOD: { label: '较好', score: 85 },
  FAIR: { label: '一般', score: 70 },
  POOR: { label: '较差', score: 50 },
};

/** A code as printed: 12 characters in three groups, from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const BALLOT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const BALLOT_CODE_PATTERN = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

/** Reads a code as typed: case, spaces and missing dashes forgiven. */
export function normalizeBallotCode(typed: string): string {
  const bare = typed.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return bare.length === 12 ? `${bare.slice(0, 4)}-${bare.slice(4, 8)}-${bare.slice(8)}` : bare;
}

export const ballotCode = z
  .string({ error: (issue) => (issue.input === undefined ? '请填写测评码' : '测评码应为文本') })
  .transform(normalizeBallotCode)
  .refine((code) => BALLOT_CODE_PATTERN.test(code), '测评码格式不正确，应为 12 位字母和数字');

export const createBallotSessionBody = z.strictObject({
  unitId: z.uuid('请选择被测评单位'),
  groups: z
    .array(
      z.strictObject({
        group: z.enum(RATER_GROUPS, { error: `测评组应为 ${RATER_GROUPS.join('、')} 之一` }),
        codes: z.number('测评码数量应为数字').int('测评码数量应为整数').min(1, '至少 1 个测评码').max(1000, '每组最多 1000 个测评码'),
      }),
    )
    .min(1, '请至少为一个测评组生成测评码'),
  /** Omitted: the policy's minimum. */
  minValidPerGroup: z.number('最少有效票数应为数字').int().min(1, '最少有效票数至少为 1').max(1000).optional(),
});
export type CreateBallotSessionBody = z.input<typeof createBallotSessionBody>;

export const submitBallotBody = z.strictObject({
  code: ballotCode,
  /** participant id → level, one for every subject on the ballot. */
  answers: z.record(z.uuid('测评对象编号格式不正确'), z.enum(BALLOT_LEVELS, { error: '请为每位测评对象选择一个评价等次' })),
});
export type SubmitBallotBody = z.input<typeof submitBallotBody>;

export const ballotFormView = z.object({
  cycleName: z.string(),
  unitName: z.string(),
  group: z.enum(RATER_GROUPS),
  subjects: z.array(z.object({ id: z.string(), name: z.string(), post: z.string() })),
});
export type BallotFormView = z.infer<typeof ballotFormView>;

export const ballotSessionView = z.object({
  id: z.string(),
  cycleId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  status: z.enum(['OPEN', 'CLOSED']),
  minValidPerGroup: z.number(),
  turnout: z.array(z.object({ group: z.enum(RATER_GROUPS), issued: z.number(), cast: z.number(), suspicious: z.number() })),
  version: z.number(),
});
export type BallotSessionView = z.infer<typeof ballotSessionView>;

/** Answered once, when the codes are made: the plain codes are never stored and cannot be shown again. */
export const issuedCodesView = ballotSessionView.extend({
  codes: z.array(z.object({ group: z.enum(RATER_GROUPS), code: z.string() })),
});
export type IssuedCodes = z.infer<typeof issuedCodesView>;

export const ballotTallyView = z.object({
  session: ballotSessionView,
  subjects: z.array(
    z.object({
      id: z.string(),
      category: z.enum(SCHEME_CATEGORIES),
      name: z.string(),
      groups: z.array(z.object({ group: z.enum(RATER_GROUPS), ballots: z.number(), mean: z.number().nullable() })),
      score: z.number().nullable(),
      reasons: z.array(reasonSchema),
    }),
  ),
});
export type BallotTally = z.infer<typeof ballotTallyView>;
