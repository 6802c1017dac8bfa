import type { WorkCalendar } from '../calendar/work-calendar';
import { addWorkdays, type DateAnswer } from '../calendar/workdays.rules';
import { addMonthsClamped, type IsoDate } from '../dates/date';
import type { PermissionCode } from '../org/permissions';
import type { PolicyDocument } from '../policy/policy.schema';

/*
 * Case workflows as data (DESIGN.md §4 "Workflows are data"). Each case type lists its states, the time limit that
 * runs in each one (read from the policy in force, in working days or calendar months), and its transitions: who may
 * take them, from where to where, and which fields they must carry. One engine on the server applies any of them.
 */

/** Every case type the engine runs; each is described by a `Workflow` in its module's `*.states.ts`. */
export const CASE_TYPES = ['TOLERANCE', 'ACCOUNTABILITY', 'ADJUSTMENT', 'COMPLAINT'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/** A time limit that runs while a case is in a state. */
export interface StateLimit {
  unit: 'workdays' | 'months';
  /** How many, from the policy the case is handled under. */
  of: (policy: PolicyDocument) => number;
}

export interface StateInfo {
  label: string;
  limit?: StateLimit;
  /** A closed case takes no more transitions except those that leave this state explicitly (a correction). */
  closed?: boolean;
}

export interface TransitionInfo<S extends string = string> {
  action: string;
  /** The button's words. */
  label: string;
  from: readonly S[];
  to: S;
  permission: PermissionCode;
  /** Fields the action must carry (`fields.<name>` in the request), each with the words a refusal names it by. */
  required?: Readonly<Record<string, string>>;
  /** A note (the reason) is required. */
  noteRequired?: boolean;
  /**
   * What the step records is for those who work on the case only (an investigation's findings): other readers, the
   * applicant among them, see on the timeline that it was taken, not what it recorded.
   */
  internal?: boolean;
}

/** Longer time for a state, asked for and approved: how much and how often the policy allows. */
export interface ExtensionRule<S extends string = string> {
  states: readonly S[];
  maxWorkdays: (policy: PolicyDocument) => number;
  maxCount: (policy: PolicyDocument) => number;
  /** Who approves a request; anyone who may work on the case may ask. */
  approvePermission: PermissionCode;
}

export interface Workflow<S extends string = string> {
  type: CaseType;
  label: string;
  /** The number's prefix: 容 gives 容〔2026〕12号. */
  prefix: string;
  /** Reading the case, its timeline and its files. */
  readPermission: PermissionCode;
  /** Commenting, attaching files, linking cases and asking for more time. */
  workPermission: PermissionCode;
  /** Others who may comment and attach files within their scope: the applicant on their own case. */
  contributePermissions?: readonly PermissionCode[];
  initial: S;
  states: Readonly<Record<S, StateInfo>>;
  transitions: readonly TransitionInfo<S>[];
  extension?: ExtensionRule<S>;
}

/** The official-style case number (文号 style): prefix, the year in 六角括号, the sequence, 号. */
export function caseNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}〔${year}〕${seq}号`;
}

/** The transition `action` takes from `state`, or null when it does not leave that state. */
export function transitionOf<S extends string>(workflow: Workflow<S>, state: S, action: string): TransitionInfo<S> | null {
  return workflow.transitions.find((t) => t.action === action && t.from.includes(state)) ?? null;
}

/** The transitions open from `state` to someone holding the permissions `holds` answers for. */
export function availableTransitions<S extends string>(workflow: Workflow<S>, state: S, holds: (p: PermissionCode) => boolean): TransitionInfo<S>[] {
  return workflow.transitions.filter((t) => t.from.includes(state) && holds(t.permission));
}

export interface TransitionInput {
  note: string;
  fields: Readonly<Record<string, unknown>>;
}

const isMissing = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** Every field the transition needs and the input lacks, named as the request names it. */
export function missingInputs(transition: TransitionInfo, input: TransitionInput): Array<{ path: string; message: string }> {
  const issues: Array<{ path: string; message: string }> = [];
  if (transition.noteRequired && input.note.trim() === '') issues.push({ path: 'note', message: `${transition.label}须写明理由` });
  for (const [name, label] of Object.entries(transition.required ?? {})) {
    if (isMissing(input.fields[name])) issues.push({ path: `fields.${name}`, message: `请填写${label}` });
  }
  return issues;
}

/** The last day of a state's time limit counted from `from` (the day the case entered it), with days granted added. */
export function dueDate(calendar: WorkCalendar, policy: PolicyDocument, limit: StateLimit, from: IsoDate, extraWorkdays = 0): DateAnswer {
  const n = limit.of(policy);
  if (limit.unit === 'months') {
    const end = addMonthsClamped(from, n);
    return extraWorkdays > 0 ? addWorkdays(calendar, end, extraWorkdays) : { date: end, provisional: false };
  }
  return addWorkdays(calendar, from, n + extraWorkdays);
}

/**
 * Why an extension cannot be asked for now, or null; `field` names the request's field when the length is what is
 * wrong (bad input), and is absent when the case itself does not allow one (a state conflict).
 */
export function extensionRefusal(
  workflow: Workflow,
  policy: PolicyDocument,
  state: string,
  granted: number,
  workdays: number,
): { field?: 'workdays'; text: string } | null {
  const rule = workflow.extension;
  const stateLabel = workflow.states[state]?.label ?? state;
  if (rule === undefined || !rule.states.includes(state)) return { text: `“${stateLabel}”阶段不能申请延期` };
  if (granted >= rule.maxCount(policy)) return { text: `本阶段已延期 ${granted} 次，政策最多允许 ${rule.maxCount(policy)} 次` };
  if (workdays > rule.maxWorkdays(policy)) return { field: 'workdays', text: `延期不能超过 ${rule.maxWorkdays(policy)} 个工作日` };
  return null;
}
