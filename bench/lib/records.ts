import { CASE_TYPES } from '@dandang/shared/cases/workflow';
import { WORKFLOWS } from '@dandang/shared/cases/workflows';
import pg from 'pg';

/** Rows one statement writes: large enough that the server does the work, small enough to report progress. */
const BATCH = 500_000;
/** Of the records written, the share that are measures; the rest are cases. */
const MEASURE_SHARE = 0.6;
/**
 * Measure codes written: reminders, letters of inquiry and notices, which bar no promotion, and one in 50 a warning,
 * which does. Every measure barring promotion is read by the dashboard's 影响期 figure, so a register where most did
 * would be no county's.
 */
const LIGHT_CODES = ['REMINDER', 'INQUIRY', 'ACC_NOTICE'];
const BARRING_EVERY = 50;

/** Every case type with the state a case opens in and the one it closes in. */
const CASE_STATES = CASE_TYPES.map((type) => {
  const workflow = WORKFLOWS[type];
  const closed = Object.entries(workflow.states).find(([, info]) => info.closed)?.[0];
  if (!closed) throw new Error(`the ${type} workflow has no closed state`);
  return { type, open: workflow.initial, closed };
});

const literal = (values: string[]) => `array[${values.map((v) => `'${v}'`).join(',')}]`;

/**
 * Writes `total` records the dashboard reads beside the seeded county, server side (INSERT … SELECT over
 * generate_series, no rows through the client): measures spread over the last two years on every cadre in turn, and
 * cases of every type, a third of them closed, a tenth of the open ones overdue. Answers the seconds it took.
 */
export async function writeDashboardRecords(databaseUrl: string, total: number): Promise<number> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      'create temp table bench_cadres as select row_number() over (order by id) - 1 as i, id, unit_id from cadres; create index on bench_cadres (i); analyze bench_cadres',
    );
    const { rows } = await client.query<{ n: string }>('select count(*) as n from bench_cadres');
    const cadres = Number(rows[0]?.n);
    const policy = (await client.query<{ code: string; version: number }>('select code, version from policies order by version desc limit 1')).rows[0];
    const measures = Math.round(total * MEASURE_SHARE);
    for (let from = 0; from < measures; from += BATCH) {
      await client.query(
        `insert into measures (cadre_id, code, effective_on, deciding_body, document_no)
         select c.id, case when n % ${BARRING_EVERY} = 0 then (array['GOV_WARNING','PARTY_WARNING'])[1 + n / ${BARRING_EVERY} % 2]
           else (${literal(LIGHT_CODES)})[1 + n % ${LIGHT_CODES.length}] end, current_date - (n % 730)::int, '示范县纪委监委', '基准' || n
         from generate_series($1::bigint, $2::bigint) n join bench_cadres c on c.i = n % $3`,
        [from, Math.min(measures, from + BATCH) - 1, cadres],
      );
    }
    for (let from = 0; from < total - measures; from += BATCH) {
      await client.query(
        `insert into cases (type, number, year, seq, title, state, unit_id, subject_cadre_id, policy_code, policy_version,
           opened_at, state_since, due_on, closed_at)
         select k.type, '基〔' || n || '〕号', 2026, n, '基准案件' || n, case when n % 3 = 0 then k.closed else k.open end,
           c.unit_id, c.id, $4, $5, o.at, o.at::date, o.at::date + case when n % 10 = 1 then 1 else 40 end,
           case when n % 3 = 0 then o.at + interval '20 days' end
         from generate_series($1::bigint, $2::bigint) n
         join bench_cadres c on c.i = (n * 7) % $3
         join (select * from unnest(${literal(CASE_STATES.map((s) => s.type))}, ${literal(CASE_STATES.map((s) => s.open))},
           ${literal(CASE_STATES.map((s) => s.closed))}) with ordinality k(type, open, closed, ord)) k on k.ord = 1 + n % ${CASE_STATES.length}
         cross join lateral (select now() - (n % 730) * interval '1 day' as at) o`,
        [from, Math.min(total - measures, from + BATCH) - 1, cadres, policy?.code ?? 'CN-national', policy?.version ?? 1],
      );
    }
    await client.query('analyze');
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}
