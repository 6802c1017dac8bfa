import { cpus, totalmem } from 'node:os';
import pg from 'pg';
import { SERVER_URL } from './postgres';

/** What the figures were measured on, flat so that it sits beside them in the summary. */
export interface Machine {
  machine_cpu: string;
  machine_cores: number;
  machine_memory_gib: number;
  machine_node: string;
  machine_postgresql: string;
}

export async function describeMachine(): Promise<Machine> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    return {
      machine_cpu: cpus()[0]?.model.trim() ?? 'unknown',
      machine_cores: cpus().length,
      machine_memory_gib: Math.round(totalmem() / 2 ** 30),
      machine_node: process.version,
      machine_postgresql: rows[0]?.server_version ?? 'unknown',
    };
  } finally {
    await client.end();
  }
}
