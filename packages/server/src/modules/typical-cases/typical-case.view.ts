import { findIdentifyingIn, REDACTION_KINDS } from '@dandang/shared/typical-cases/redaction.rules';
import { ISSUING_ORGAN, TEXT_FIELD_LABELS, type TextField, TYPICAL_CASE_TYPES, TYPICAL_OUTCOMES } from '@dandang/shared/typical-cases/typical-case.codes';
import type { FindingView, TypicalCasePage, TypicalCaseView } from '@dandang/shared/typical-cases/typical-case.schema';
import { actionsIn, TYPICAL_CASE_STATES } from '@dandang/shared/typical-cases/typical-case.states';
import { disciplineCommissionOf, organizationDepartmentOf } from '../documents';
import type { TypicalCaseRecord, TypicalCaseRow } from './typical-cases.repository';

/** How a typical case reads: to everyone its text and tags; to a publisher who manages it also its source and review. */

/** Every text a reader sees, by the path a request names it with: what the redaction check reads. */
export function textFields(tc: Pick<TypicalCaseRecord, 'title' | 'facts' | 'handling' | 'analysis' | 'keywords'>): Record<TextField, string> {
  return {
    title: tc.title,
    'sections.facts': tc.facts,
    'sections.handling': tc.handling,
    'sections.analysis': tc.analysis,
    'tags.keywords': tc.keywords.join('、'),
  };
}

export function findingsOf(tc: TypicalCaseRecord, identifiers = tc.identifiers): FindingView[] {
  return findIdentifyingIn(textFields(tc), identifiers).map((f) => ({
    field: f.field,
    fieldLabel: TEXT_FIELD_LABELS[f.field],
    kind: f.kind,
    kindLabel: REDACTION_KINDS[f.kind],
    text: f.text,
    blocking: f.blocking,
  }));
}

function tagsOf(tc: TypicalCaseRecord) {
  return {
    type: tc.sourceType,
    typeLabel: TYPICAL_CASE_TYPES[tc.sourceType],
    outcome: tc.outcome,
    outcomeLabel: TYPICAL_OUTCOMES[tc.outcome],
    year: tc.year,
    keywords: tc.keywords,
  };
}

function manageOf(row: TypicalCaseRow): TypicalCaseView['manage'] {
  const { tc } = row;
  return {
    source: { caseId: tc.sourceCaseId, number: row.sourceNumber, type: tc.sourceType, title: row.sourceTitle },
    identifiers: {
      people: [...tc.identifiers.people],
      units: [...tc.identifiers.units],
      jurisdiction: tc.identifiers.jurisdiction,
      colleagues: [...(tc.identifiers.colleagues ?? [])],
    },
    replacements: tc.replacements.map((r) => ({ ...r, kindLabel: REDACTION_KINDS[r.kind] })),
    findings: findingsOf(tc),
    actions: actionsIn(tc.state),
    createdAt: tc.createdAt.toISOString(),
    createdByName: tc.createdByName,
    updatedAt: tc.updatedAt.toISOString(),
    publishedByName: tc.publishedByName,
    withdrawal: tc.withdrawnAt ? { at: tc.withdrawnAt.toISOString(), byName: tc.withdrawnByName ?? '', reason: tc.withdrawnReason ?? '' } : null,
  };
}

export function toTypicalCaseView(row: TypicalCaseRow): TypicalCaseView {
  const { tc } = row;
  return {
    id: tc.id,
    state: tc.state,
    stateLabel: TYPICAL_CASE_STATES[tc.state],
    title: tc.title,
    sections: { facts: tc.facts, handling: tc.handling, analysis: tc.analysis },
    tags: tagsOf(tc),
    issuer: ISSUING_ORGAN[tc.sourceType] === 'DISCIPLINE' ? disciplineCommissionOf(row.jurisdiction) : organizationDepartmentOf(row.jurisdiction),
    publishedAt: tc.publishedAt?.toISOString() ?? null,
    version: tc.version,
    manage: row.managed ? manageOf(row) : null,
  };
}

/** The start of 基本案情 for a card: its first 120 characters, paragraphs run together. */
export function excerptOf(facts: string): string {
  const text = facts.replace(/\s*\n\s*/g, ' ').trim();
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

export function toListItem(row: TypicalCaseRow): TypicalCasePage['items'][number] {
  const { tc } = row;
  return {
    id: tc.id,
    state: tc.state,
    stateLabel: TYPICAL_CASE_STATES[tc.state],
    title: tc.title,
    tags: tagsOf(tc),
    excerpt: excerptOf(tc.facts),
    publishedAt: tc.publishedAt?.toISOString() ?? null,
    sourceNumber: row.managed ? row.sourceNumber : null,
  };
}
