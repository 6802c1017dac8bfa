import { customType } from 'drizzle-orm/pg-core';

/** A binary column (uploaded files); PGlite answers a Uint8Array where node-postgres answers a Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
