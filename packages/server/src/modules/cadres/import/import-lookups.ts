import type { ImportLookups } from '@dandang/shared/cadres/cadre-import.rules';
import { IMPORT_COLUMNS } from '@dandang/shared/cadres/cadre-import.schema';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { RequestContext } from '../../../platform/context';
import type { Executor } from '../../../platform/db/client';
import { dictionaryItems } from '../../dictionaries/dictionaries.tables';
import { scopeCondition, units } from '../../org';

/**
 * What the rows of one import resolve against, loaded once per job: the enabled items of the dictionaries the
 * columns use (by label and by code), and every unit with whether the actor may place cadres in it.
 */

export const IMPORT_DICTIONARIES = [...new Set(IMPORT_COLUMNS.flatMap((c) => ('dictionary' in c ? [c.dictionary as string] : [])))];

export interface UnitEntry {
  id: string;
  code: string;
  name: string;
  writable: boolean;
}

export interface ImportReference extends ImportLookups {
  /** code → label per dictionary, to show values as a person reads them. */
  labels: Map<string, Map<string, string>>;
  unitNames: Map<string, string>;
  writableUnits: UnitEntry[];
}

export async function loadDictionaries(db: Executor) {
  const items = await db
    .select({ d: dictionaryItems.dictionaryCode, value: dictionaryItems.value, label: dictionaryItems.label })
    .from(dictionaryItems)
    .where(and(inArray(dictionaryItems.dictionaryCode, IMPORT_DICTIONARIES), eq(dictionaryItems.disabled, false)))
    .orderBy(dictionaryItems.dictionaryCode, dictionaryItems.sortOrder);
  const byText = new Map<string, Map<string, string>>();
  const labels = new Map<string, Map<string, string>>();
  for (const item of items) {
    if (!byText.has(item.d)) byText.set(item.d, new Map());
    if (!labels.has(item.d)) labels.set(item.d, new Map());
    byText.get(item.d)?.set(item.value, item.value);
    byText.get(item.d)?.set(item.label, item.value);
    labels.get(item.d)?.set(item.value, item.label);
  }
  return { byText, labels };
}

export async function loadImportReference(db: Executor, ctx: RequestContext): Promise<ImportReference> {
  const { byText, labels } = await loadDictionaries(db);
  const writable = scopeCondition(ctx.actor, 'cadre.write', { unitId: units.id }) ?? sql`true`;
  const rows: UnitEntry[] = await db
    .select({ id: units.id, code: units.code, name: units.name, writable: sql<boolean>`coalesce(${writable}, false)` })
    .from(units)
    .orderBy(units.path);
  const byKey = new Map<string, UnitEntry[]>();
  for (const u of rows) {
    for (const key of new Set([u.code, u.name])) {
      const list = byKey.get(key) ?? [];
      list.push(u);
      byKey.set(key, list);
    }
  }
  const resolved = new Map<string, ReturnType<ImportLookups['unit']>>();
  const resolveUnit = (text: string): ReturnType<ImportLookups['unit']> => {
    const found = byKey.get(text) ?? [];
    const mine = found.filter((u) => u.writable);
    if (found.length === 0) return { message: `单位“${text}”不存在，请填写单位代码或单位全称` };
    if (mine.length === 0) return { message: `单位“${text}”不在您的管理范围内` };
    if (mine.length > 1) return { message: `“${text}”对应多个单位，请改填单位代码` };
    return { id: (mine[0] as UnitEntry).id };
  };
  return {
    labels,
    unitNames: new Map(rows.map((u) => [u.id, u.name])),
    writableUnits: rows.filter((u) => u.writable),
    dictionary: (dictionary, text) => byText.get(dictionary)?.get(text) ?? null,
    unit(text) {
      let result = resolved.get(text);
      if (!result) {
        result = resolveUnit(text);
        resolved.set(text, result);
      }
      return result;
    },
  };
}
