import { missingInputs, type TransitionInfo } from '@dandang/shared/cases/workflow';
import type { IsoDate } from '@dandang/shared/dates/date';
import { parseWith } from '@dandang/shared/rules/validation';
import type { z } from 'zod';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import type { FieldIssue } from '../../platform/errors';
import type { CaseRow } from '../cases';
import type { ToleranceRow } from './tolerance.repository';

/** What each step of the tolerance workflow is checked with, before the engine moves the case. */

export interface ActionBody {
  version: number;
  note: string;
  fields: Record<string, unknown>;
}

export interface StepContext {
  tx: Executor;
  ctx: RequestContext;
  id: string;
  /** The tolerance row, locked for the transaction. */
  row: ToleranceRow;
  caseRow: CaseRow;
  transition: TransitionInfo;
  body: ActionBody;
  today: IsoDate;
}

/** The fields a step carries once checked, and what it writes to the tolerance record after the engine moved the case. */
export interface PreparedStep {
  fields: Record<string, unknown>;
  issues: FieldIssue[];
  record?: (tx: Executor) => Promise<void>;
}

/** The step's fields through its schema; a field the workflow table already reports missing is not named twice. */
export function checkFields<S extends z.ZodType>(schema: S, step: StepContext): { value: z.output<S> | null; issues: FieldIssue[] } {
  const parsed = parseWith(schema, step.body.fields, ['fields']);
  if (parsed.ok) return { value: parsed.value, issues: [] };
  const missing = new Set(missingInputs(step.transition, step.body).map((i) => i.path));
  return { value: null, issues: parsed.issues.filter((i) => !missing.has(i.path)) };
}
