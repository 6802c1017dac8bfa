import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { notFound, validationError } from '../../platform/errors';
import { SHIPPED_DICTIONARIES } from './dictionaries.data';
import { dictionaries, dictionaryItems } from './dictionaries.tables';

export interface DictionaryItem {
  value: string;
  label: string;
  sortOrder: number;
  color: string | null;
  disabled: boolean;
}

export async function listDictionaries(db: Executor) {
  const dicts = await db.select().from(dictionaries).orderBy(asc(dictionaries.code));
  const items = await db.select().from(dictionaryItems).orderBy(asc(dictionaryItems.sortOrder), asc(dictionaryItems.value));
  return dicts.map((d) => ({
    ...d,
    items: items.filter((i) => i.dictionaryCode === d.code).map(({ dictionaryCode: _, ...i }) => i),
  }));
}

export async function replaceItems(db: Db, ctx: RequestContext, code: string, items: DictionaryItem[]) {
  const before = (await listDictionaries(db)).find((d) => d.code === code);
  if (!before) throw notFound();
  const seen = new Map<string, number>();
  const fields: Array<{ path: string; message: string }> = [];
  items.forEach((item, i) => {
    const first = seen.get(item.value);
    if (first !== undefined) fields.push({ path: `items.${i}.value`, message: `代码“${item.value}”与第 ${first + 1} 行重复` });
    else seen.set(item.value, i);
  });
  if (fields.length > 0) throw validationError(fields);
  await db.transaction(async (tx) => {
    await tx.delete(dictionaryItems).where(eq(dictionaryItems.dictionaryCode, code));
    if (items.length > 0) await tx.insert(dictionaryItems).values(items.map((i) => ({ ...i, dictionaryCode: code })));
    await recordAudit(tx, ctx, {
      action: 'dictionary.update',
      entity: 'dictionary',
      entityId: code,
      changes: { items: { before: before.items, after: items } },
    });
  });
  return (await listDictionaries(db)).find((d) => d.code === code);
}

/** Adds the shipped dictionaries that are missing; an existing dictionary keeps its administrator's edits. */
export async function seedDictionaries(db: Db, ctx: RequestContext) {
  const existing = new Set((await db.select({ code: dictionaries.code }).from(dictionaries)).map((d) => d.code));
  const missing = SHIPPED_DICTIONARIES.filter((d) => !existing.has(d.code));
  if (missing.length === 0) return;
  await db.transaction(async (tx) => {
    for (const d of missing) {
      await tx.insert(dictionaries).values({ code: d.code, name: d.name });
      await tx
        .insert(dictionaryItems)
        .values(d.items.map(([value, label, color], i) => ({ dictionaryCode: d.code, value, label, color: color ?? null, sortOrder: i + 1 })));
    }
    await recordAudit(tx, ctx, { action: 'dictionary.seed', entity: 'dictionary', changes: { codes: { before: null, after: missing.map((d) => d.code) } } });
  });
}

/** value → label of one dictionary, for imports and exports. */
export async function dictionaryLabels(db: Executor, code: string): Promise<Map<string, string>> {
  const rows = await db.select().from(dictionaryItems).where(eq(dictionaryItems.dictionaryCode, code));
  return new Map(rows.map((r) => [r.value, r.label]));
}
