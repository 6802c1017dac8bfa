import { LineRuleType } from 'docx';
import { FONT_SIZES, OFFICIAL_GRID } from '../../platform/word/official';

/*
 * Measures of the 公文 page (22 lines of 28 characters) in twips. The standard places every element a whole number of
 * lines or characters from the next ("空二行", "右空四字"), so the parts of a document are laid out in these units.
 */

/**
 * Twentieths of a point taken from after each character. 28 三号 characters (448 pt) are a little wider than the
 * 156 mm line (442 pt); 0.25 pt closer, 28 of them (441 pt) fit it.
 */
export const CONDENSED = -5;

/** Twips from one 三号 character to the next, condensed: half-points × 10 is a character's width in twips. */
export const CHAR_PITCH = FONT_SIZES.no3 * 10 + CONDENSED;

/** Twips of `count` body lines. */
export const lines = (count: number) => Math.round(count * OFFICIAL_GRID.linePitch);

/** Twips of `count` body characters. */
export const chars = (count: number) => Math.round(count * CHAR_PITCH);

/** The body's fixed line height: exact, so that a page holds 22 lines whatever fonts the reader's machine has. */
export const BODY_LINE = { line: OFFICIAL_GRID.linePitch, lineRule: LineRuleType.EXACT } as const;

/**
 * The width of a text in characters: Chinese characters and full-width punctuation take one, digits and Latin
 * letters (set in Times New Roman) about half. Good enough to centre a signature over a date, not to typeset.
 */
export function widthInChars(text: string): number {
  let width = 0;
  for (const character of text) width += (character.codePointAt(0) ?? 0) >= 0x2000 ? 1 : 0.5;
  return width;
}
