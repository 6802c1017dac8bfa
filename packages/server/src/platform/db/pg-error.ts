/** What node-postgres and PGlite report of a failed statement. */
export type PgError = { code?: unknown; detail?: unknown; constraint?: unknown; message?: unknown; cause?: unknown };

/** The database error with this SQLSTATE, possibly wrapped by the ORM in `cause`. */
export function findPgError(error: unknown, code: string): PgError | null {
  let e = error as PgError | undefined;
  for (let depth = 0; e && depth < 5; depth++, e = e.cause as PgError | undefined) if (e.code === code) return e;
  return null;
}

/** Whether the error is a unique violation of this index: a race past a service's own check. */
export function violatesUnique(error: unknown, index: string): boolean {
  const e = findPgError(error, '23505');
  return Boolean(e && String(e.constraint ?? e.message).includes(index));
}
