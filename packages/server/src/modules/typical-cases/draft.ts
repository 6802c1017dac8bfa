import type { TypicalOutcome } from '@dandang/shared/typical-cases/typical-case.codes';
import type { Sections } from '@dandang/shared/typical-cases/typical-case.schema';

/** A typical case as composed from its source, before redaction. */
export interface Draft {
  title: string;
  sections: Sections;
  outcome: TypicalOutcome;
  year: number;
  keywords: string[];
}

/** 2026-06-15 → 2026年6月: a typical case tells when to the month, never the day. */
export function monthOf(isoDate: string): string {
  const [year, month] = isoDate.split('-');
  return `${year}年${Number(month)}月`;
}

export const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

/** A sentence as the user wrote it, closed with a full stop when it lacks one. */
export function sentence(text: string): string {
  const t = text.trim();
  if (!t) return '';
  return /[。！？；.!?]$/.test(t) ? t : `${t}。`;
}

/** Paragraphs joined by line breaks, empty ones left out: a line break starts a new paragraph in print too. */
export const paragraphs = (...lines: Array<string | false | null | undefined>) =>
  lines.filter((l): l is string => typeof l === 'string' && l.trim() !== '').join('\n');

/** Keywords as tags hold them: distinct, at most 20 characters each, at most eight. */
export const keywordsOf = (labels: readonly string[]) => [...new Set(labels.map((l) => l.slice(0, 20)))].slice(0, 8);
