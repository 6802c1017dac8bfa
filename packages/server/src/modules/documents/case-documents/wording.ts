import { chineseDate } from '../chinese-date';
import { widthInChars } from '../document-layout';
import type { BodyParagraph } from '../official-document';

/** The small pieces of 公文 prose the case documents share: sentences, citations, titles and numbered parts. */

/** A 二号 title line holds 20 characters (156 mm at 22 pt, set a little closer); a longer title turns between phrases. */
const TITLE_LINE_CHARS = 20;

/** A title of two phrases on one line when it fits, else on two (GB/T 9704-2012 7.3.1: 回行时词意完整). */
export const titleOf = (head: string, tail: string) => (widthInChars(head + tail) > TITLE_LINE_CHARS ? `${head}\n${tail}` : `${head}${tail}`);

/** A text typed by a user as one sentence of the document: trimmed, its own end mark replaced by 。. */
export const sentence = (text: string) => `${text.trim().replace(/[。；;，,.\s]+$/, '')}。`;

/** The same without the full stop, for a clause inside a sentence. */
export const clause = (text: string) => text.trim().replace(/[。；;，,.\s]+$/, '');

/** Paragraphs typed with line breaks, each a sentence of its own. */
export const linesOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(sentence);

/**
 * A citation as the rules keep it (中国共产党问责条例（2019）第八条) as a 公文 writes it (《中国共产党问责条例》第八条):
 * the document's name in 书名号 and no edition year. A citation of another form (a local policy) stays as it is.
 */
export function cite(citation: string): string {
  const match = /^([^（《》]+?)（\d{4}）(.*)$/.exec(citation);
  return match ? `《${match[1]}》${match[2]}` : citation;
}

export const dateOf = chineseDate;

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export interface Section {
  heading: string;
  paragraphs: readonly string[];
}

/** An opening, parts headed 一、二、… (only those with something to say, so the numbers never skip), and a closing. */
export function bodyOf(opening: readonly string[], sections: readonly Section[], closing: readonly string[] = []): BodyParagraph[] {
  const text = (t: string): BodyParagraph => ({ kind: 'text', text: t });
  const parts = sections.filter((s) => s.paragraphs.length > 0);
  return [
    ...opening.map(text),
    ...parts.flatMap((s, i) => [{ kind: 'heading1' as const, text: `${NUMERALS[i]}、${s.heading}` }, ...s.paragraphs.map(text)]),
    ...closing.map(text),
  ];
}

/** Items numbered 1. 2. … inside a part, as GB/T 9704 numbers its third level. */
export const numbered = (items: readonly string[]) => items.map((item, i) => `${i + 1}.${item}`);
