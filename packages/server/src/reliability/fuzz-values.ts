import fc from 'fast-check';

/**
 * The values that break servers, whatever the field: texts PostgreSQL refuses (a null byte), texts that look like
 * code (SQL, paths, templates), scripts that read right to left or combine, lone surrogates, and strings that parse
 * as something else (numbers out of range, dates that do not exist).
 */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '%00',
  '../../../etc/passwd',
  '..\\..\\windows',
  "' OR '1'='1",
  "'; drop table users; --",
  '\\',
  '"',
  `\${7*7}{{7*7}}`,
  '<script>alert(1)</script>',
  '😀👨‍👩‍👧‍👦🇨🇳',
  '\u202Eمرحبا\u202C',
  'שלום עולם',
  'e\u0301\u0301\u0301\u0301',
  '\uD800',
  '\uFFFF\uFFFE',
  '\u2028\u2029\r\n\t',
  'NaN',
  'Infinity',
  '-Infinity',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  '1e309',
  '99999999999999999999',
  '-9223372036854775809',
  '0x1F',
  '9999-12-31',
  '2026-02-30',
  '0000-00-00',
  '2026-13-01',
  '1900-01-01',
  '275760-09-13',
  '2026-03-02T25:61:61Z',
  '__proto__',
  'constructor',
  'prototype',
];

/** Beyond any field's limit and above most body limits' margins: 100,000 characters. */
export const HUGE_STRINGS: readonly string[] = ['x'.repeat(100_000), '字'.repeat(100_000), '\u0000'.repeat(1_000)];

/** Numbers at the edges: of PostgreSQL's integer, of a double's exact integers, of the double itself. */
export const EDGE_NUMBERS: readonly number[] = [
  0,
  -0,
  -1,
  1,
  0.5,
  -0.5,
  2_147_483_647,
  2_147_483_648,
  -2_147_483_649,
  9_007_199_254_740_992,
  1e21,
  1e308,
  -1e308,
  Number.MIN_VALUE,
];

/**
 * Number literals JSON can carry but no JavaScript value writes: they stand in the body as the marker and are spliced
 * in as raw text (see `toJson`). `1e400` parses as Infinity.
 */
const RAW_NUMBERS = ['1e400', '-1e400', '1.0000000000000000000001', '123456789012345678901234567890'];
const RAW_MARK = '\u0001raw:';
export const rawNumber = fc.constantFrom(...RAW_NUMBERS.map((n) => `${RAW_MARK}${n}`));

/** A body as JSON text, with the raw number markers replaced by the literals they stand for. */
export function toJson(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0001raw:([^"]+)"/g, '$1');
}

/** Dates real, far and impossible, for every field whose name says it holds a date. */
export const dateLike = fc.oneof(
  fc.date({ min: new Date('2000-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('9999-12-31', '0001-01-01', '2026-02-30', '2026-02-29', '2024-02-29', '2026-00-10', '2026-3-2', '20260302', '2026-03-02T09:00:00+08:00'),
);

/** Wrong types for any field: what a client that misreads the contract sends. */
export const wrongType = fc.constantFrom<unknown>(null, true, false, 0, -1, '', [], {}, [null], { value: null }, [[[]]], 'x');

/** Keys that pollute a prototype when an object is merged naively. */
export const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** An object carrying the polluting keys as its own properties, as a JSON body does. */
export function polluted(): Record<string, unknown> {
  return JSON.parse('{"__proto__":{"polluted":true,"isAdmin":true},"constructor":{"prototype":{"polluted":true}},"prototype":null}');
}

/** Any string worth trying in any text field: generated unicode, a nasty one, occasionally a huge one. */
export const anyString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
);
