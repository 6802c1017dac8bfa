import fc, { type Arbitrary } from 'fast-check';
import { anyString, dateLike, EDGE_NUMBERS, NASTY_STRINGS, polluted, rawNumber, wrongType } from './fuzz-values';
import type { JsonSchema } from './openapi-operations';

/** The part of a JSON schema (as the OpenAPI document writes the zod schemas) the generators read. */
export type Schema = JsonSchema;

/**
 * How far a generated value strays from its schema. At `0` every value is one the schema accepts, though a text's
 * contents are anything within its length (a null byte, SQL, an emoji: what validation lets through is what the
 * database then sees), and numbers sit at the schema's bounds as often as inside them. Above 0, any value at any depth
 * may be of the wrong type, out of bounds, a nasty or huge string, or an object with extra and polluting keys, with
 * that weight against 12 for a value of the right shape.
 */
export type Noise = 0 | 1 | 4;

/** `ids` are the ids of records that exist, so that a body naming a record reaches the service, not only a 404. */
export function valueFor(schema: Schema, ids: readonly string[], noise: Noise, key = '', depth = 0): Arbitrary<unknown> {
  const shaped = shapeOf(schema, ids, noise, key, depth);
  if (noise === 0) return shaped;
  return fc.oneof(
    { weight: 12, arbitrary: shaped },
    { weight: noise, arbitrary: wrongType },
    { weight: noise, arbitrary: anyString },
    { weight: noise, arbitrary: fc.oneof(fc.constantFrom(...EDGE_NUMBERS), rawNumber) },
  );
}

function shapeOf(schema: Schema, ids: readonly string[], noise: Noise, key: string, depth: number): Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => valueFor(v, ids, noise, key, depth + 1)));
  if (schema.allOf?.length) {
    return fc.tuple(...schema.allOf.map((s) => shapeOf(s, ids, noise, key, depth + 1))).map((parts) => Object.assign({}, ...parts.filter(isObject)));
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = types.find((t) => t !== 'null') ?? (schema.properties ? 'object' : undefined);
  const value = byType(type, schema, ids, noise, key, depth);
  return schema.nullable || types.includes('null') ? fc.oneof(fc.constant(null), value) : value;
}

function byType(type: string | undefined, schema: Schema, ids: readonly string[], noise: Noise, key: string, depth: number): Arbitrary<unknown> {
  switch (type) {
    case 'object':
      return objectOf(schema, ids, noise, depth);
    case 'array': {
      const items = valueFor(schema.items ?? {}, ids, noise, key, depth + 1);
      const minLength = noise ? 0 : (schema.minItems ?? 0);
      return fc.array(items, { minLength, maxLength: Math.max(minLength, noise ? (schema.maxItems ?? 4) + 1 : Math.min(schema.maxItems ?? 4, 4)) });
    }
    case 'integer':
    case 'number':
      return numberOf(schema, type === 'integer', noise);
    case 'boolean':
      return fc.boolean();
    case 'string':
      return stringOf(schema, ids, key, noise);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectOf(schema: Schema, ids: readonly string[], noise: Noise, depth: number): Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, valueFor(s, ids, noise, k, depth + 1)]));
  // A stray body leaves out what it must have as readily as what it may.
  const record = fc.record(model, { requiredKeys: noise ? [] : (schema.required ?? []).filter((k) => k in properties) });
  if (!noise) return record;
  return fc.oneof(
    { weight: 6, arbitrary: record },
    { weight: 1, arbitrary: record.map((r) => ({ ...polluted(), ...r })) },
    {
      weight: 1,
      arbitrary: fc.tuple(record, fc.dictionary(fc.string({ maxLength: 12 }), wrongType, { maxKeys: 3 })).map(([r, extra]) => ({ ...extra, ...r })),
    },
    { weight: 1, arbitrary: record.map((r) => [r]) },
  );
}

function numberOf(schema: Schema, integer: boolean, noise: Noise): Arbitrary<unknown> {
  const min = schema.minimum;
  const max = schema.maximum;
  const within = integer
    ? fc.integer({ min: Math.max(min ?? -(2 ** 31), Number.MIN_SAFE_INTEGER), max: Math.min(max ?? 2 ** 31, Number.MAX_SAFE_INTEGER) })
    : fc.double({ min: min ?? -1e9, max: max ?? 1e9, noNaN: true, noDefaultInfinity: true });
  // An unbounded number accepts anything: the edges are then valid, and the likeliest to break a column.
  const edges = EDGE_NUMBERS.filter((n) => (min === undefined || n >= min) && (max === undefined || n <= max) && (!integer || Number.isInteger(n)));
  const bounds = [min, max].filter((n): n is number => n !== undefined);
  const outside = noise ? bounds.flatMap((n) => [n - 1, n + 1, n + 0.5]) : [];
  const special = [...edges, ...bounds, ...outside];
  return special.length ? fc.oneof(within, fc.constantFrom(...special)) : within;
}

const UUID = /uuid|\[0-9a-fA-F\]\{8\}/;

function stringOf(schema: Schema, ids: readonly string[], key: string, noise: Noise): Arbitrary<unknown> {
  if (schema.format === 'uuid' || (schema.pattern && UUID.test(schema.pattern))) {
    return fc.oneof({ weight: 3, arbitrary: ids.length ? fc.constantFrom(...ids) : fc.uuid() }, { weight: 1, arbitrary: fc.uuid() });
  }
  if (schema.format === 'date' || /(On|Date|date|deadline|From|To)$|^(from|to|asOf|month)$/.test(key) || schema.pattern?.includes('02-29')) {
    return dateLike;
  }
  const min = noise ? 0 : (schema.minLength ?? 0);
  const max = noise ? Number.POSITIVE_INFINITY : (schema.maxLength ?? Number.POSITIVE_INFINITY);
  const fits = (s: string) => s.length >= min && s.length <= max;
  const texts: Array<Arbitrary<string>> = [
    fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.max(min, Math.min(max, 40)) }),
    fc.constant('担当作为'.repeat(Math.ceil(Math.max(min, 1) / 4)).slice(0, Math.max(min, Math.min(max, 60)))),
  ];
  const nasty = NASTY_STRINGS.filter(fits);
  if (nasty.length) texts.push(fc.constantFrom(...nasty));
  // The longest text a field takes, in a wide character: the one most likely to outgrow its column.
  if (Number.isFinite(max) && max >= min) texts.push(fc.constant('字'.repeat(max)));
  if (schema.pattern) texts.push(patterned(schema.pattern));
  return fc.oneof(...texts);
}

/** A string the pattern matches, or any string when fast-check cannot read the pattern. */
function patterned(pattern: string): Arbitrary<string> {
  try {
    return fc.stringMatching(new RegExp(pattern));
  } catch {
    return fc.string();
  }
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);
