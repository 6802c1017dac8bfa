import { type Reason, reason } from '../rules/reason';
import { BALLOT_SCALE, type BallotLevel } from './ballot.schema';
import { round2 } from './indicator.rules';
import { RATER_GROUP_LABELS, type RaterGroup } from './scheme.schema';

/*
 * Counting a democratic evaluation (民主测评). A ballot whose answers are all the same across several subjects is
 * flagged for the organizers to look at but still counted: the rater may mean it. A group with fewer valid ballots
 * than the minimum gives no result, and the remaining groups' weights are scaled up to 100 (ADR 0014).
 */

export const BALLOT_RULE = '民主测评计票规则';

export interface CastBallot {
  group: RaterGroup;
  answers: Record<string, BallotLevel>;
}

/** All answers the same over two or more subjects (e.g. 好 for everyone). */
export function isSuspicious(answers: Record<string, BallotLevel>): boolean {
  const levels = Object.values(answers);
  return levels.length >= 2 && levels.every((l) => l === levels[0]);
}

/** Answers that rate exactly the ballot's subjects, each once: the missing and the unknown, for the error. */
export function answerIssues(subjects: readonly string[], answers: Record<string, unknown>): { missing: string[]; unknown: string[] } {
  const known = new Set(subjects);
  return { missing: subjects.filter((s) => !(s in answers)), unknown: Object.keys(answers).filter((a) => !known.has(a)) };
}

export interface SubjectTally {
  subject: string;
  /** Per group: ballots counted and the mean score, null below the minimum. */
  groups: Array<{ group: RaterGroup; ballots: number; mean: number | null }>;
  /** The group-weighted mean over the groups with enough ballots; null when none has. */
  score: number | null;
  reasons: Reason[];
}

export function tallySubject(
  subject: string,
  groups: ReadonlyArray<{ group: RaterGroup; weight: number }>,
  ballots: readonly CastBallot[],
  minValid: number,
): SubjectTally {
  const reasons: Reason[] = [];
  const rows = groups.map(({ group, weight }) => {
    const scores = ballots.filter((b) => b.group === group && b.answers[subject]).map((b) => BALLOT_SCALE[b.answers[subject] as BallotLevel].score);
    const enough = scores.length >= minValid;
    const mean = enough ? round2(scores.reduce((a, b) => a + b, 0) / scores.length) : null;
    reasons.push(
      enough
        ? reason('GROUP_MEAN', BALLOT_RULE, `${RATER_GROUP_LABELS[group]}：${scores.length} 票，平均 ${mean} 分，权重 ${weight}%`)
        : reason('GROUP_TOO_FEW', BALLOT_RULE, `${RATER_GROUP_LABELS[group]}：仅 ${scores.length} 票，少于最少有效票数 ${minValid}，不计入`),
    );
    return { group, weight, ballots: scores.length, mean };
  });
  const counted = rows.filter((r) => r.mean !== null);
  const weightSum = counted.reduce((s, r) => s + r.weight, 0);
  const score = counted.length === 0 || weightSum === 0 ? null : round2(counted.reduce((s, r) => s + (r.mean as number) * r.weight, 0) / weightSum);
  if (score === null) reasons.push(reason('NO_RESULT', BALLOT_RULE, '没有达到最少有效票数的测评组，民主测评无结果'));
  else if (counted.length < rows.length) reasons.push(reason('REWEIGHTED', BALLOT_RULE, `按计入的测评组权重（合计 ${weightSum}%）折算为 ${score} 分`));
  else reasons.push(reason('WEIGHTED', BALLOT_RULE, `各组加权平均 ${score} 分`));
  return { subject, groups: rows.map(({ group, ballots: n, mean }) => ({ group, ballots: n, mean })), score, reasons };
}
