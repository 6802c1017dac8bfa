import { DomainError } from './errors';

/**
 * Optimistic locking: an update names the version it read; the repository updates `where version = expected` and
 * returns nothing when someone else saved first, which becomes HTTP 409.
 */
export function requireUpdated<T>(row: T | undefined): T {
  if (!row) throw new DomainError('VERSION_CONFLICT');
  return row;
}
