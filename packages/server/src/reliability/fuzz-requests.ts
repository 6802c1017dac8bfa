import fc, { type Arbitrary } from 'fast-check';
import { type Noise, type Schema, valueFor } from './fuzz-bodies';
import type { FuzzOperation } from './fuzz-plan';
import { anyString, toJson } from './fuzz-values';

export interface FuzzRequest {
  url: string;
  payload?: string | Buffer;
  headers: Record<string, string>;
}

/**
 * What the generators know of the world: the ids of records that exist, and for this operation the path values of
 * real records of its kind (from the authorization matrix's fixtures), so that a share of the requests reach the
 * service with a record it finds.
 */
export interface Known {
  ids: readonly string[];
  paths: ReadonlyArray<Record<string, string>>;
}

export function requestOf(operation: FuzzOperation, known: Known): Arbitrary<FuzzRequest> {
  return fc
    .record({ path: pathOf(operation, known), query: queryOf(operation.query, known.ids), body: bodyOf(operation, known.ids) })
    .map(({ path, query, body }) => ({ url: `${path}${query}`, ...body }));
}

/** A body-less request, whatever the method: the commonest malformed call. */
const NONE: Arbitrary<Omit<FuzzRequest, 'url'>> = fc.constant({ headers: {} });

function bodyOf(operation: FuzzOperation, ids: readonly string[]): Arbitrary<Omit<FuzzRequest, 'url'>> {
  if (operation.takesUpload) return fc.oneof({ weight: 4, arbitrary: uploads }, { weight: 1, arbitrary: json(fc.jsonValue({ maxDepth: 2 })) }, NONE);
  if (!operation.body) return fc.oneof({ weight: 6, arbitrary: NONE }, { weight: 1, arbitrary: json(fc.jsonValue({ maxDepth: 2 })) });
  const at = (noise: Noise) => valueFor(operation.body as Schema, ids, noise);
  return fc.oneof(
    { weight: 4, arbitrary: json(at(0)) },
    { weight: 4, arbitrary: json(at(1)) },
    { weight: 2, arbitrary: json(at(4)) },
    { weight: 1, arbitrary: malformedJson },
    { weight: 1, arbitrary: wrongContentType(at(0)) },
    { weight: 1, arbitrary: NONE },
  );
}

const json = (value: Arbitrary<unknown>) => value.map((v) => ({ payload: toJson(v) ?? 'null', headers: { 'content-type': 'application/json' } }));

/** JSON that does not parse, or parses to what no route takes, or nests deeper than any parser's recursion should go. */
const malformedJson = fc
  .constantFrom(
    '',
    '{',
    '{"a":',
    '[1,2',
    'nul',
    '{"a":1}{"b":2}',
    "{'a':1}",
    '{"a":NaN}',
    '\u0000',
    '"text"',
    '[]',
    'null',
    '0',
    `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  )
  .map((payload) => ({ payload, headers: { 'content-type': 'application/json' } }));

/** A right body sent under a content type the route does not take, or a charset it cannot read. */
function wrongContentType(value: Arbitrary<unknown>): Arbitrary<Omit<FuzzRequest, 'url'>> {
  return fc
    .tuple(
      value,
      fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'application/json; charset=latin1', 'multipart/form-data'),
    )
    .map(([v, type]) => ({ payload: toJson(v) ?? '', headers: { 'content-type': type } }));
}

const BOUNDARY = 'fuzzboundary';
const part = (name: string, filename: string, bytes: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n${bytes}\r\n`;

/** Uploads whole and broken: files of any name and content, fields not named `file`, no closing boundary, no boundary. */
const uploads: Arbitrary<Omit<FuzzRequest, 'url'>> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('file', 'upload', ''),
      fc.oneof(fc.constantFrom('材料.pdf', '干部名册.xlsx', '../../etc/passwd', 'a\u0000b.pdf', '', '.xlsx', `${'长'.repeat(300)}.pdf`), anyString),
      fc.constantFrom('%PDF-1.4\n', 'PK\u0003\u0004broken', '', 'x'.repeat(100_000), '\u0000\u0001\u0002'),
      fc.boolean(),
    )
    .map(([name, filename, bytes, closed]) => ({
      payload: Buffer.from(`${part(name, filename.replaceAll('"', ''), bytes)}${closed ? `--${BOUNDARY}--\r\n` : ''}`),
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    })),
  fc.constantFrom(
    { payload: Buffer.from('not multipart at all'), headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } },
    { payload: Buffer.from(part('file', 'a.pdf', '%PDF')), headers: { 'content-type': 'multipart/form-data' } },
    { payload: Buffer.from(`--${BOUNDARY}--\r\n`), headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } },
    { payload: Buffer.from('%PDF-1.4\n'), headers: { 'content-type': 'application/pdf' } },
    { payload: Buffer.from(part('file', 'a.pdf', '%PDF')), headers: { 'content-type': `multipart/form-data; boundary=${'b'.repeat(300)}` } },
    { payload: Buffer.from(part('file', 'a.pdf', '%PDF')), headers: { 'content-type': 'text/plain' } },
  ),
);

/** Each parameter left out or given a value (valid, out of bounds, of the wrong type), now and then twice or polluting. */
function queryOf(parameters: Record<string, Schema>, ids: readonly string[]): Arbitrary<string> {
  const entries = Object.entries(parameters).map(([name, schema]) =>
    fc.option(
      fc.oneof(valueFor(schema, ids, 0, name), valueFor(schema, ids, 4, name)).map((v) => pairsOf(name, v)),
      { nil: [] as string[] },
    ),
  );
  const extra = fc.constantFrom<string[]>([], [], [], ['__proto__[polluted]=1'], ['constructor[prototype][polluted]=1'], ['unknown=%00']);
  return fc.tuple(extra, ...entries).map((lists) => {
    const pairs = lists.flat();
    return pairs.length ? `?${pairs.join('&')}` : '';
  });
}

function pairsOf(name: string, value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => `${name}=${encode(textOf(v))}`);
  return [`${name}=${encode(textOf(value))}`];
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : value === null || value === undefined ? '' : (toJson(value) ?? ''));

/** Percent-encoded; a lone surrogate, which has no UTF-8, goes as the replacement character a browser would send. */
const encode = (text: string) => encodeURIComponent(Buffer.from(text).toString());

/** Each path parameter: a real record's value most often, else an id of nothing, any string, or a climb out of the path. */
function pathOf(operation: FuzzOperation, known: Known): Arbitrary<string> {
  const names = Object.keys(operation.pathParams);
  if (!names.length) return fc.constant(operation.path);
  const real = known.paths.length ? fc.constantFrom(...known.paths) : fc.constant({} as Record<string, string>);
  const strange = fc.oneof(fc.uuid(), anyString, fc.constantFrom('..', '../..', '%2e%2e', '0', '-1', '99999999999', 'null'));
  const values = names.map((name) =>
    fc.oneof(
      { weight: 6, arbitrary: real.map((params) => params[name]) },
      { weight: 1, arbitrary: known.ids.length ? fc.constantFrom(...known.ids) : fc.uuid() },
      { weight: 3, arbitrary: strange },
      { weight: 1, arbitrary: valueFor(operation.pathParams[name] ?? {}, known.ids, 0, name).map(textOf) },
    ),
  );
  return fc.tuple(...values).map((chosen) =>
    operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = chosen[names.indexOf(name)];
      // A parameter no fixture names gets an id of nothing, which must answer 404 like any other.
      return encode(typeof value === 'string' ? value : '00000000-0000-4000-8000-00000000dead');
    }),
  );
}
