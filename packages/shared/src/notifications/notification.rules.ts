import type { IsoDate } from '../dates/date';
import type { ReceiptPerson, UnitReceipts } from './announcement.schema';

/**
 * How far ahead a case counts as 临期: its limit ends within this many working days (DOMAIN.md §3: deadlines count
 * working days, so a limit ending right after a long holiday is announced before the holiday, not on its last day).
 */
export const DUE_SOON_WORKDAYS = 3;

/** A promotion bar ending within this many calendar days is announced (DOMAIN.md §4: bars are counted in months). */
export const BAR_ENDING_DAYS = 30;

/**
 * The once-only key of a message: one kind, about one subject, for one date (the limit's last day, the bar's end).
 * Stored unique per recipient, so a second sweep, or two sweeps at once, cannot write the same message again; a new
 * limit (an extension, the next state) is a new date and so a new message.
 */
export function notificationKey(kind: string, subjectId: string, on?: IsoDate | string | null): string {
  return on ? `${kind}:${subjectId}:${on}` : `${kind}:${subjectId}`;
}

/** Case roles that do the work; an applicant (申请人) follows their own case on its page and is told of its decision apart. */
const WORKING_ROLES = new Set(['HANDLER', 'CONSULTED']);

/**
 * Who is reminded of a case's limit: the people working on it (DOMAIN.md §1 scope `assigned`: case participants),
 * each once, never the actor who caused the message.
 */
export function caseWorkers(participants: ReadonlyArray<{ userId: string; role: string }>, except?: string | null): string[] {
  return [...new Set(participants.filter((p) => WORKING_ROLES.has(p.role) && p.userId !== except).map((p) => p.userId))];
}

/**
 * Who is told that a case was decided (办结): everyone taking part, the applicant included, and the cadre the case is
 * about (their own account), but not the person who took the step.
 */
export function caseDecisionRecipients(participants: ReadonlyArray<{ userId: string }>, subjectUserIds: readonly string[], except?: string | null): string[] {
  return [...new Set([...participants.map((p) => p.userId), ...subjectUserIds])].filter((id) => id !== except);
}

export interface ReceiptRow {
  userId: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
  readAt: string | null;
}

const byName = (a: ReceiptPerson, b: ReceiptPerson) => a.name.localeCompare(b.name, 'zh-CN');

/**
 * 阅读回执 per unit: who has read and who has not, units in the order given (the unit tree's order), people by name;
 * accounts without a unit are listed last as 未分配单位.
 */
export function receiptsByUnit(rows: readonly ReceiptRow[]): UnitReceipts[] {
  const units = new Map<string, UnitReceipts>();
  for (const row of rows) {
    const key = row.unitId ?? '';
    let unit = units.get(key);
    if (!unit) {
      unit = { unitId: row.unitId, unitName: row.unitName ?? '未分配单位', total: 0, read: 0, readers: [], unreadPeople: [] };
      units.set(key, unit);
    }
    unit.total += 1;
    const person = { userId: row.userId, name: row.name, readAt: row.readAt };
    if (row.readAt) {
      unit.read += 1;
      unit.readers.push(person);
    } else unit.unreadPeople.push(person);
  }
  const out = [...units.values()];
  for (const u of out) {
    u.readers.sort(byName);
    u.unreadPeople.sort(byName);
  }
  return [...out.filter((u) => u.unitId !== null), ...out.filter((u) => u.unitId === null)];
}
