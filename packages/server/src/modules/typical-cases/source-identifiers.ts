import { isPersonName } from '@dandang/shared/typical-cases/person-names';
import type { KnownIdentifiers } from '@dandang/shared/typical-cases/redaction.rules';
import type { Executor } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import type { CaseRow } from '../cases';
import type { SourceBase } from './source';
import * as repo from './source.repository';

/**
 * What every source reader shares: the refusal of an undecided case, the names a case's unit brings, and the head of
 * a source told of under the case's own unit and subject.
 */

export const notDecided = (what: string) => new DomainError('STATE_CONFLICT', undefined, `${what}，不能生成典型案例`);

/** The case's unit, the units above it and the other units named; the people named; and the unit's colleagues. */
export async function unitIdentifiers(
  db: Executor,
  unitId: string,
  people: string[],
  otherUnits: string[],
): Promise<{ unitName: string; identifiers: KnownIdentifiers }> {
  const [unit, colleagues] = await Promise.all([repo.unitContext(db, unitId), repo.colleaguesOf(db, unitId)]);
  if (!unit) throw new DomainError('STATE_CONFLICT', undefined, '案件所属单位已不存在');
  const named = [...new Set(people.filter(isPersonName))];
  return {
    unitName: unit.name,
    identifiers: {
      people: named,
      units: [...new Set([unit.name, ...unit.ancestorNames, ...otherUnits])],
      jurisdiction: unit.jurisdiction,
      colleagues: colleagues.filter((c) => isPersonName(c) && !named.includes(c)),
    },
  };
}

/** The fields of SourceBase but its type, for a case told of under its own unit and subject cadre. */
export function caseHead(c: CaseRow['case'], unitName: string, identifiers: KnownIdentifiers): Omit<SourceBase, 'type'> {
  return {
    caseId: c.id,
    number: c.number,
    title: c.title,
    unitId: c.unitId,
    cadreId: c.subjectCadreId,
    unitName,
    jurisdiction: identifiers.jurisdiction ?? '',
    identifiers,
  };
}
