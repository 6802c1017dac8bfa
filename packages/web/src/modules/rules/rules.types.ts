/**
 * The rules API's inputs and answers. Types only: they come from the shared rule functions the server runs, so a
 * renamed field breaks this build, and no rule code is bundled into the page.
 */
import type { AnnualGradeInput, AnnualGradeResult } from '@dandang/shared/rules/annual-grade.rules';
import type { ClarificationInput, ClarificationResult } from '@dandang/shared/rules/clarification.rules';
import type { GradeConsequencesResult, GradeHistoryEntry } from '@dandang/shared/rules/grade-consequences.rules';
import type { RuleName } from '@dandang/shared/rules/index';
import type { PromotionInput, PromotionResult } from '@dandang/shared/rules/promotion.rules';
import type { QuotaInput, QuotaResult } from '@dandang/shared/rules/quota.rules';
import type { Reason } from '@dandang/shared/rules/reason';
import type { ToleranceInput, ToleranceResult } from '@dandang/shared/rules/tolerance.rules';
import type { ComponentType } from 'react';

export type {
  AnnualGradeInput,
  AnnualGradeResult,
  ClarificationInput,
  ClarificationResult,
  GradeConsequencesResult,
  PromotionInput,
  PromotionResult,
  QuotaInput,
  QuotaResult,
  Reason,
  RuleName,
  ToleranceInput,
  ToleranceResult,
};

export type GradeConsequencesInput = { history: GradeHistoryEntry[] };

export type WorkdaysInput =
  | { op: 'add'; from: string; days: number }
  | { op: 'noticeEnd'; start: string; days: number }
  | { op: 'count'; from: string; to: string };
export type WorkdaysResult = { date: string; provisional: boolean } | { days: number; provisional: boolean };

export type ResultStatus = 'success' | 'warning' | 'error' | 'info';

/** A group of reasons under one heading; `whyNot` marks the reasons that block or refuse (shown as 为什么不行). */
export interface ReasonSection {
  title: string;
  whyNot?: boolean;
  reasons: Reason[];
  /** One line under the heading (e.g. how the list is ordered). */
  note?: string;
  /** Said instead of an empty list. */
  empty?: string;
}

/** What the result panel shows for one answer: the outcome in large type, a few facts, then every reason. */
export interface ResultView {
  status: ResultStatus;
  title: string;
  subTitle?: string;
  /** A caution shown above the facts (e.g. 暂定: a year without a published holiday arrangement). */
  warning?: string;
  facts: { label: string; value: string }[];
  sections: ReasonSection[];
}

/**
 * One rule's calculator: the form's fields, how the form's values become the API input, and how the API's answer is
 * shown. `V` is what the form holds (dates as YYYY-MM-DD text, lists of codes), `I` the rule input, `R` its answer.
 */
export interface RuleFormSpec<V, I, R> {
  rule: RuleName;
  /** One sentence under the rule picker: what the rule answers and by which regulation. */
  intro: string;
  Fields: ComponentType;
  initialValues: () => Partial<V>;
  toInput: (values: V) => I;
  describe: (result: R, input: I) => ResultView;
  /**
   * Fields shown as one grouped input (a checkbox group): the server names an element (`situations.2`) or a key
   * (`conditions.COMPLIANT`) inside them, and the error belongs beside the whole group.
   */
  groupedFields?: readonly string[];
}
