/**
 * Exact decimals for quota arithmetic: value = digits / 10^scale, with BigInt digits. A ratio is read from its
 * decimal text ("0.15", or the shortest text of a JS number such as 0.15), never multiplied as a float.
 */
export interface Decimal {
  digits: bigint;
  scale: number;
}

const DECIMAL_TEXT = /^(\d+)(?:\.(\d+))?$/;

export function parseDecimal(value: number | string): Decimal | null {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  // String(0.15) is "0.15": the shortest text that reads back as the same double, i.e. what the user wrote.
  const match = DECIMAL_TEXT.exec(typeof value === 'number' ? String(value) : value.trim());
  if (!match) return null;
  const fraction = match[2] ?? '';
  return { digits: BigInt(`${match[1]}${fraction}`), scale: fraction.length };
}

export function fromPercent(percent: number): Decimal {
  return { digits: BigInt(percent), scale: 2 };
}

function pow10(scale: number): bigint {
  return 10n ** BigInt(scale);
}

/** a compared with b: negative, zero or positive. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const left = a.digits * pow10(b.scale);
  const right = b.digits * pow10(a.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

export function multiplyByInteger(a: Decimal, n: number): Decimal {
  return { digits: a.digits * BigInt(n), scale: a.scale };
}

export type Rounding = 'floor' | 'round' | 'ceil';

/** Rounds a non-negative decimal to an integer; `round` is half up (7.5 → 8). */
export function roundDecimal(a: Decimal, rounding: Rounding): number {
  const unit = pow10(a.scale);
  const whole = a.digits / unit;
  const rest = a.digits % unit;
  if (rest === 0n || rounding === 'floor') return Number(whole);
  if (rounding === 'ceil') return Number(whole + 1n);
  return Number(rest * 2n >= unit ? whole + 1n : whole);
}

/** Plain decimal text without trailing zeros: {digits: 1500, scale: 4} → "0.15". */
export function formatDecimal(a: Decimal): string {
  const text = a.digits.toString().padStart(a.scale + 1, '0');
  const whole = text.slice(0, text.length - a.scale);
  const fraction = text.slice(text.length - a.scale).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** The decimal as a percent text: 0.15 → "15". */
export function formatPercent(a: Decimal): string {
  if (a.scale >= 2) return formatDecimal({ digits: a.digits, scale: a.scale - 2 });
  return formatDecimal({ digits: a.digits * pow10(2 - a.scale), scale: 0 });
}
