import { CHINESE_DATE, documentNumbers, ID_NUMBER, MOBILE, MONTH_DAY, mask, maskDocumentNumber, NUMERIC_DATE, yearMonth } from './identifying-patterns';
import { personAliases } from './person-names';
import { genericUnitName, unitVariants } from './unit-names';

/*
 * Redaction of a typical case (DOMAIN.md §6: "Typical cases may be published in redacted form"). The draft is
 * generated through redactText, which says what it replaced so a reviewer can check it; publishing is refused while
 * findIdentifying still finds a known name, a unit's name, an ID number or a mobile number in the text. The web runs
 * the same function on every keystroke of the editor.
 */

export const REDACTION_KINDS = {
  PERSON: '姓名',
  UNIT: '单位名称',
  ID_NUMBER: '身份证号码',
  MOBILE: '手机号码',
  DOCUMENT_NUMBER: '文号',
  DATE: '具体日期',
} as const;
export type RedactionKind = keyof typeof REDACTION_KINDS;

/** What may not be published at all; a document number or an exact date left in is a warning only. */
export const BLOCKING_KINDS: readonly RedactionKind[] = ['PERSON', 'UNIT', 'ID_NUMBER', 'MOBILE'];

/** The names a case is known to contain: whoever and whatever it names. */
export interface KnownIdentifiers {
  /** The subject, the applicant, the attendees, everyone else named on the case. */
  people: readonly string[];
  /** The case's unit and the units above it, and every other unit named on it. */
  units: readonly string[];
  /** The jurisdiction, which unit names often start with (示范县教育局 is also 县教育局 and 教育局). */
  jurisdiction?: string;
  /**
   * People who may be named in the free text though the case does not name them (the colleagues in the unit). They
   * are replaced like the case's people, but one left in is a warning, not a refusal: a two-character name can be an
   * ordinary word (高峰期), which the reviewer must be able to keep.
   */
  colleagues?: readonly string[];
}

export interface Replacement {
  kind: RedactionKind;
  original: string;
  replacement: string;
  count: number;
}

export interface RedactionResult {
  text: string;
  replacements: Replacement[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Literal {
  kind: RedactionKind;
  replacement: string;
  /** Left in the text, it stops publishing. */
  blocking: boolean;
}

/** Every literal to replace, with its kind and generic form. The case's own people come first, so they are 张某. */
function literalsOf(known: KnownIdentifiers): Map<string, Literal> {
  const literals = new Map<string, Literal>();
  const named = new Set(known.people.map((p) => p.trim()));
  for (const [name, alias] of personAliases([...known.people, ...(known.colleagues ?? [])])) {
    literals.set(name, { kind: 'PERSON', replacement: alias, blocking: named.has(name) });
  }
  for (const unit of known.units) {
    for (const variant of unitVariants(unit, known.jurisdiction)) {
      if (!literals.has(variant)) literals.set(variant, { kind: 'UNIT', replacement: genericUnitName(variant), blocking: true });
    }
  }
  return literals;
}

class Tally {
  private readonly seen = new Map<string, Replacement>();
  add(kind: RedactionKind, original: string, replacement: string) {
    const key = `${kind}\u0000${original}`;
    const entry = this.seen.get(key);
    if (entry) entry.count++;
    else this.seen.set(key, { kind, original, replacement, count: 1 });
    return replacement;
  }
  merge(other: readonly Replacement[]) {
    for (const r of other) {
      const key = `${r.kind}\u0000${r.original}`;
      const entry = this.seen.get(key);
      if (entry) entry.count += r.count;
      else this.seen.set(key, { ...r });
    }
  }
  list(): Replacement[] {
    return [...this.seen.values()];
  }
}

function replaceLiterals(text: string, known: KnownIdentifiers, tally: Tally): string {
  const literals = literalsOf(known);
  if (literals.size === 0) return text;
  const keys = [...literals.keys()].sort((a, b) => b.length - a.length);
  // One pass over the text: a generic form written in is never scanned again (某局 stays 某局).
  const pattern = new RegExp(keys.map(escapeRegExp).join('|'), 'g');
  return text.replace(pattern, (found) => {
    const literal = literals.get(found);
    return literal ? tally.add(literal.kind, found, literal.replacement) : found;
  });
}

function replacePatterns(text: string, tally: Tally): string {
  let out = text.replace(ID_NUMBER, (found) => tally.add('ID_NUMBER', found, mask(found)));
  out = out.replace(MOBILE, (found) => tally.add('MOBILE', found, mask(found)));
  // Document numbers are cut from the end, so the earlier spans' offsets stay valid.
  for (const span of documentNumbers(out).reverse()) {
    out = out.slice(0, span.start) + tally.add('DOCUMENT_NUMBER', span.text, maskDocumentNumber(span.year)) + out.slice(span.end);
  }
  out = out.replace(CHINESE_DATE, (found, y: string, m: string) => tally.add('DATE', found, yearMonth(y, m)));
  out = out.replace(NUMERIC_DATE, (found, y: string, m: string) => tally.add('DATE', found, yearMonth(y, m)));
  return out.replace(MONTH_DAY, (found, m: string) => tally.add('DATE', found, `${Number(m)}月`));
}

/**
 * The text with the case's people as 姓+某, its units by their kind (某局, 某镇政府), ID and mobile numbers masked,
 * document numbers masked but for their year, and exact dates cut to year and month; and what was replaced.
 */
export function redactText(text: string, known: KnownIdentifiers): RedactionResult {
  const tally = new Tally();
  const redacted = replacePatterns(replaceLiterals(text, known, tally), tally);
  return { text: redacted, replacements: tally.list() };
}

/** Several fields redacted alike (the same person is 张某 in each), with the replacements of all of them together. */
export function redactFields<K extends string>(fields: Record<K, string>, known: KnownIdentifiers): { fields: Record<K, string>; replacements: Replacement[] } {
  const tally = new Tally();
  const out = {} as Record<K, string>;
  for (const key of Object.keys(fields) as K[]) {
    const result = redactText(fields[key], known);
    out[key] = result.text;
    tally.merge(result.replacements);
  }
  return { fields: out, replacements: tally.list() };
}

export interface Finding {
  kind: RedactionKind;
  text: string;
  /** Publishing is refused while it remains. */
  blocking: boolean;
}

/** Known literals found in the text, longest first; a shorter one inside a longer one found is not reported again. */
function literalFindings(text: string, known: KnownIdentifiers): Finding[] {
  const findings: Finding[] = [];
  let rest = text;
  // The longest first, so 示范县教育局 is reported rather than the 教育局 inside it.
  const keys = [...literalsOf(known).entries()].sort(([a], [b]) => b.length - a.length);
  for (const [literal, { kind, blocking }] of keys) {
    if (!rest.includes(literal)) continue;
    findings.push({ kind, text: literal, blocking });
    rest = rest.split(literal).join('\u0000');
  }
  return findings;
}

function patternFindings(text: string): Finding[] {
  const found = (kind: RedactionKind, texts: Iterable<string>): Finding[] =>
    [...new Set(texts)].map((t) => ({ kind, text: t, blocking: BLOCKING_KINDS.includes(kind) }));
  const all = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[0]);
  return [
    ...found('ID_NUMBER', all(ID_NUMBER)),
    ...found('MOBILE', all(MOBILE)),
    ...found(
      'DOCUMENT_NUMBER',
      documentNumbers(text).map((s) => s.text),
    ),
    ...found('DATE', [...all(CHINESE_DATE), ...all(NUMERIC_DATE), ...all(MONTH_DAY)]),
  ];
}

/** What in the text still identifies the case: known names and units, ID and mobile numbers (blocking), document numbers and exact dates. */
export function findIdentifying(text: string, known: KnownIdentifiers): Finding[] {
  return [...literalFindings(text, known), ...patternFindings(text)];
}

/** The same for each field of a record, naming the field. */
export function findIdentifyingIn<K extends string>(fields: Record<K, string>, known: KnownIdentifiers): Array<Finding & { field: K }> {
  return (Object.keys(fields) as K[]).flatMap((field) => findIdentifying(fields[field], known).map((f) => ({ ...f, field })));
}

/** One Chinese sentence naming what remains and where: 基本案情含姓名“张明”；标题含单位名称“教育局”. */
export function describeFindings<K extends string>(findings: ReadonlyArray<Finding & { field: K }>, fieldLabels: Record<K, string>): string {
  return findings.map((f) => `${fieldLabels[f.field]}含${REDACTION_KINDS[f.kind]}“${f.text}”`).join('；');
}
