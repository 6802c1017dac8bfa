import type { WorkCalendar } from '../calendar/work-calendar';
import type { IsoDate } from '../dates/date';
import { averageOf, countByMonth, percentOf, workdaysAfter } from '../platform/statistics';
import { TOLERANCE_STATES, TOLERANCE_WORKFLOW, type ToleranceState } from './tolerance.states';
import { TOLERANCE_DECISIONS, type ToleranceDecision } from './tolerance-decision.rules';
import type { ToleranceStatistics } from './tolerance-statistics.schema';

/*
 * The statistics of tolerance cases reckoned from their timelines (case events), in working days (DOMAIN.md §3, §6):
 * a stage runs from the day the case entered a state to the day it left it, and, as a time limit does, counts the
 * working days after the day of entry up to and including the day of leaving.
 */

/** One step of a case's timeline as the reckoning reads it; `extendedBy` is an approved extension (the state stays). */
export interface StepFact {
  on: IsoDate;
  toState: string;
  extendedBy?: number;
}

export interface Stage {
  state: string;
  enteredOn: IsoDate;
  /** Null while the case is still in it (or it is the state the case ended in). */
  leftOn: IsoDate | null;
  /** Working days granted by approved extensions in this stage. */
  extraWorkdays: number;
}

/** The stages of a timeline in order: each step to another state closes the current stage and opens the next. */
export function stagesOf(steps: readonly StepFact[]): Stage[] {
  const stages: Stage[] = [];
  for (const step of steps) {
    const current = stages.at(-1);
    if (current && step.toState === current.state) {
      current.extraWorkdays += step.extendedBy ?? 0;
      continue;
    }
    if (current) current.leftOn = step.on;
    stages.push({ state: step.toState, enteredOn: step.on, leftOn: null, extraWorkdays: 0 });
  }
  return stages;
}

/** Working days a stage took (the day of entry not counted); null while it has not been left. */
export function stageWorkdays(calendar: WorkCalendar, stage: Stage): { days: number; provisional: boolean } | null {
  if (stage.leftOn === null) return null;
  return workdaysAfter(calendar, stage.enteredOn, stage.leftOn);
}

export interface ToleranceLimits {
  acceptanceWorkdays: number;
  investigationWorkdays: number;
}

/**
 * Whether acceptance (待受理) kept its limit and investigation (调查核实) kept its limit plus the extensions approved
 * in it; null when the case has not left both stages.
 */
export function keptLimits(calendar: WorkCalendar, stages: readonly Stage[], limits: ToleranceLimits): boolean | null {
  const acceptance = stages.find((s) => s.state === 'SUBMITTED');
  const investigation = stages.find((s) => s.state === 'INVESTIGATING');
  if (!acceptance || !investigation) return null;
  const accepted = stageWorkdays(calendar, acceptance);
  const investigated = stageWorkdays(calendar, investigation);
  if (!accepted || !investigated) return null;
  return accepted.days <= limits.acceptanceWorkdays && investigated.days <= limits.investigationWorkdays + investigation.extraWorkdays;
}

export interface StatisticsCase {
  state: ToleranceState;
  unitId: string;
  unitName: string;
  openedOn: IsoDate;
  decision: ToleranceDecision | null;
  steps: readonly StepFact[];
  /** The limits of the policy the case is handled under. */
  limits: ToleranceLimits;
}

/** The stages whose durations are reported: every state a case passes through on its way to being closed. */
export const REPORTED_STAGES: readonly ToleranceState[] = TOLERANCE_STATES.filter((s) => TOLERANCE_WORKFLOW.states[s].closed !== true);

/** The figures of one year's cases: by decision, state, unit and month, stage durations, and the share within limits. */
export function reckonToleranceStatistics(calendar: WorkCalendar, year: number, cases: readonly StatisticsCase[]): ToleranceStatistics {
  let provisional = false;
  const durations = new Map<string, number[]>(REPORTED_STAGES.map((s) => [s, []]));
  const units = new Map<string, ToleranceStatistics['byUnit'][number]>();
  let decided = 0;
  let within = 0;

  for (const c of cases) {
    const stages = stagesOf(c.steps);
    for (const stage of stages) {
      const took = stageWorkdays(calendar, stage);
      if (!took) continue;
      provisional ||= took.provisional;
      durations.get(stage.state)?.push(took.days);
    }
    if (c.decision) {
      decided += 1;
      if (keptLimits(calendar, stages, c.limits)) within += 1;
    }
    const unit = units.get(c.unitId) ?? { unitId: c.unitId, unitName: c.unitName, total: 0, exempt: 0, lighter: 0, reduced: 0, rejected: 0 };
    unit.total += 1;
    if (c.decision === 'EXEMPT') unit.exempt += 1;
    if (c.decision === 'LIGHTER') unit.lighter += 1;
    if (c.decision === 'REDUCED') unit.reduced += 1;
    if (c.decision === 'REJECTED') unit.rejected += 1;
    units.set(c.unitId, unit);
  }

  const decisions = [...(Object.keys(TOLERANCE_DECISIONS) as ToleranceDecision[]), 'UNDECIDED' as const];
  return {
    year,
    total: cases.length,
    byDecision: decisions.map((decision) => ({
      decision,
      label: decision === 'UNDECIDED' ? '尚未认定' : TOLERANCE_DECISIONS[decision],
      count: cases.filter((c) => (c.decision ?? 'UNDECIDED') === decision).length,
    })),
    byState: TOLERANCE_STATES.map((state) => ({
      state,
      label: TOLERANCE_WORKFLOW.states[state].label,
      count: cases.filter((c) => c.state === state).length,
    })),
    byUnit: [...units.values()].sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName, 'zh-CN')),
    byMonth: countByMonth(cases.map((c) => c.openedOn)).map((opened, i) => ({ month: i + 1, opened })),
    stages: REPORTED_STAGES.map((state) => {
      const days = durations.get(state) ?? [];
      return { state, label: TOLERANCE_WORKFLOW.states[state].label, cases: days.length, averageWorkdays: averageOf(days) };
    }),
    withinLimits: { decided, within, percent: percentOf(within, decided) },
    provisional,
  };
}
