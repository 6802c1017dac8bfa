/** Latency figures of one load run, in milliseconds. */
export interface LoadFigures {
  clients: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Runs `task` from `clients` concurrent loops, each `perClient` times back to back (closed loop: a client sends its
 * next request when the last one answered), after `warmup` untimed rounds per client.
 */
export async function runLoad(clients: number, perClient: number, task: (client: number) => Promise<void>, warmup = 3): Promise<LoadFigures> {
  const loop = async (client: number, times: number, into?: number[]) => {
    for (let i = 0; i < times; i++) {
      const started = performance.now();
      await task(client);
      into?.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, c) => loop(c, warmup)));
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, c) => loop(c, perClient, latencies)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    clients,
    requests: latencies.length,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? 0),
    perSecond: round(latencies.length / seconds),
  };
}
