import { isPersonName } from '@dandang/shared/typical-cases/person-names';
import type { KnownIdentifiers } from '@dandang/shared/typical-cases/redaction.rules';
import type { Executor } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import * as repo from './source.repository';

/** What every source reader shares: the refusal of an undecided case, and the names a case's unit brings. */

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
