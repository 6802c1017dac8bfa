import type { Expectation } from './authz-expect';

export interface CheckResult {
  operation: string;
  role: string;
  /** `inside`/`outside` for an operation on a record, `-` for one on none. */
  side: string;
  expected: Expectation;
  status: number;
  pass: boolean;
  /** The record's unit was never reached because the body failed the schema first. */
  schemaFirst: boolean;
}

/**
 * The matrix as text: one line per operation, one cell per role with the statuses of the record inside and outside
 * the role's scope (`200/404`), ✓ when both were as expected and ✗ otherwise; a summary of the counts at the end.
 */
export function renderTable(results: CheckResult[], roles: string[]): string {
  const byOperation = new Map<string, CheckResult[]>();
  for (const r of results) byOperation.set(r.operation, [...(byOperation.get(r.operation) ?? []), r]);
  const width = Math.max(...[...byOperation.keys()].map((k) => k.length));
  const lines = [`${'operation'.padEnd(width)}  ${roles.map((r) => r.padEnd(13)).join(' ')}`];
  for (const [operation, rows] of byOperation) {
    const cells = roles.map((role) => {
      const mine = rows.filter((r) => r.role === role);
      const statuses = mine.map((r) => r.status).join('/');
      return `${statuses}${mine.every((r) => r.pass) ? '✓' : '✗'}`.padEnd(13);
    });
    lines.push(`${operation.padEnd(width)}  ${cells.join(' ')}`);
  }
  const count = (pred: (r: CheckResult) => boolean) => results.filter(pred).length;
  lines.push(
    '',
    `operations ${byOperation.size}, roles ${roles.length}, checks ${results.length}: ` +
      `${count((r) => r.expected === 'forbidden')} without the permission (403), ` +
      `${count((r) => r.expected === 'refused')} without the permission guarding a record on a route that names none (403 or 404), ` +
      `${count((r) => r.expected === 'hidden')} out of scope (404; ${count((r) => r.expected === 'hidden' && r.schemaFirst)} refused by the schema first), ` +
      `${count((r) => r.expected === 'reached')} in scope; failed ${count((r) => !r.pass)}`,
  );
  return lines.join('\n');
}
