// The Node.js flags the server runs with, shared by `npm start` and the benchmarks (which measure the server as
// `npm start` runs it).
//
// A ceiling on V8's old space: without one, V8 lets the heap grow to several times what is live before it collects,
// so a 100,000-row import that keeps under 160 MB live reached 500 MB resident. 384 MB leaves room for the largest
// work measured and keeps the server's resident memory predictable. DANDANG_MAX_HEAP_MB raises it for larger work.
export const DEFAULT_MAX_HEAP_MB = 384;

/** @param {Record<string, string | undefined>} env */
export function serverNodeFlags(env = process.env) {
  const raw = env.DANDANG_MAX_HEAP_MB;
  const mb = raw === undefined || raw === '' ? DEFAULT_MAX_HEAP_MB : Number(raw);
  if (!Number.isInteger(mb) || mb < 128) throw new Error(`DANDANG_MAX_HEAP_MB 应为不小于 128 的整数（MB），当前为 ${raw}`);
  return [`--max-old-space-size=${mb}`];
}
