import { createHash } from 'node:crypto';
import pg from 'pg';
import { Session } from './lib/http';
import { DEMO_PASSWORD, Instance, type InstanceOptions } from './lib/instance';
import { type LoadFigures, runLoad } from './lib/load';
import { clearStatementLog, readStatementLog, type Statement } from './lib/statements';

/** 64 raters casting at once, as a meeting hall does when the codes are handed out (issue 5: ≥ 500 ballots/s). */
const CLIENTS = 64;
const WARMUP = 3;
const GROUPS = ['SUPERIOR', 'PEER', 'SUBORDINATE', 'SERVICE_RECIPIENT'] as const;
/** The app's own pool size (platform/db/client.ts); the bare client gets the same, so both queue alike. */
const POOL_SIZE = 10;

export interface BallotFigures {
  subjects: number;
  app: LoadFigures;
  /** The statement the app cast a ballot with (from its statement log), run by a bare `pg` client on the other half of the codes. */
  barePg: LoadFigures;
  /** app ballots/s ÷ bare pg ballots/s. */
  throughputRatio: number;
  /** Ballots stored = ballots accepted, and every second use of a code refused. */
  lost: number;
  doubled: number;
}

const sm3 = (code: string) => createHash('sm3').update(code).digest('hex');

async function setUp(baseUrl: string, perClient: number): Promise<{ session: Session; subjects: string[]; codes: string[]; sessionId: string }> {
  const org = await Session.login(baseUrl, 'demo_org', DEMO_PASSWORD);
  const indicator = await org.json<{ id: string }>('POST', '/api/v1/assessment/indicators', {
    code: 'BENCH_DUTY',
    name: '履职情况',
    definition: { kind: 'QUANTITATIVE', unit: '%', direction: 'HIGHER_BETTER', rule: { method: 'PASS_FAIL' } },
  });
  const scheme = await org.json<{ id: string }>('POST', '/api/v1/assessment/schemes', {
    name: '个人年度考核（基准）',
    category: 'INDIVIDUAL',
    items: [{ indicatorId: indicator.id, weight: 100 }],
    raterGroups: GROUPS.map((group) => ({ group, weight: 25 })),
    formula: 'indicators * 0.7 + democratic * 0.3',
  });
  const units = await org.json<Array<{ id: string; name: string }>>('GET', '/api/v1/units');
  const bureau = units.find((u) => u.name === '示范县教育局') as { id: string };
  const cycle = await org.json<{ id: string; version: number }>('POST', '/api/v1/assessment/cycles', {
    name: '年度考核（基准）',
    kind: 'ANNUAL',
    year: 2026,
    unitIds: [bureau.id],
    schemes: [{ category: 'INDIVIDUAL', schemeId: scheme.id }],
    stageWorkdays: { OPEN: 10, SCORING: 5, GRADING: 5, NOTICE: 5 },
  });
  await org.json('POST', `/api/v1/assessment/cycles/${cycle.id}/advance`, { version: cycle.version, to: 'OPEN' });
  const perGroup = Math.ceil((2 * codesPerRun(perClient) + 1) / GROUPS.length);
  const issued = await org.json<{ id: string; codes: Array<{ code: string }> }>('POST', `/api/v1/assessment/cycles/${cycle.id}/ballot-sessions`, {
    unitId: bureau.id,
    groups: GROUPS.map((group) => ({ group, codes: perGroup })),
  });
  const rater = new Session(baseUrl);
  const form = await rater.json<{ subjects: Array<{ id: string }> }>('GET', `/api/v1/public/ballots/${issued.codes[0]?.code}`);
  return { session: rater, subjects: form.subjects.map((s) => s.id), codes: issued.codes.map((c) => c.code), sessionId: issued.id };
}

/** The captured statement's parameters with its code hash and answers swapped for another ballot's. */
function replayWith(statement: Statement, hash: string, answers: string) {
  return (nextHash: string, nextAnswers: string) => statement.params.map((p) => (p === hash ? nextHash : p === answers ? nextAnswers : p));
}

/** Codes one load run uses: every client's warm-up and timed ballots. */
const codesPerRun = (perClient: number) => CLIENTS * (perClient + WARMUP);

/** Each client takes its own run of codes, so no two requests ever carry the same code. */
function codeFeed(codes: string[], perClient: number) {
  const next = Array.from({ length: CLIENTS }, (_, c) => c * (perClient + WARMUP));
  return (client: number) => codes[next[client]++ as number] as string;
}

const LEVELS = ['GOOD', 'FAIRLY_GOOD', 'FAIR', 'POOR'];

/**
 * Sets the evaluation up and casts one ballot on an instance that logs its SQL, for the statement the bare client
 * replays; the timed run is on a fresh instance without the log, as `npm start` runs.
 */
async function prepare(options: InstanceOptions, logFile: string, perClient: number) {
  const instance = await Instance.start({ ...options, statementLog: logFile });
  try {
    const setup = await setUp(instance.baseUrl, perClient);
    const answers = (n: number) => Object.fromEntries(setup.subjects.map((id, i) => [id, LEVELS[(n + i) % LEVELS.length]]));
    const [sample, ...rest] = setup.codes as [string, ...string[]];
    clearStatementLog(logFile);
    if ((await setup.session.post('/api/v1/public/ballots', { code: sample, answers: answers(0) })) !== 200) throw new Error('the sample ballot was refused');
    const statements = readStatementLog(logFile);
    if (statements.length !== 1) throw new Error(`casting a ballot took ${statements.length} statements, expected one`);
    const statement = statements[0] as Statement;
    return { ...setup, codes: rest, answers, statement, replay: replayWith(statement, sm3(sample), JSON.stringify(answers(0))) };
  } finally {
    await instance.stop();
  }
}

/** `perClient`: ballots each of the 64 raters times, after its warm-up. */
export async function benchBallots(options: InstanceOptions, logFile: string, perClient: number): Promise<BallotFigures> {
  const { subjects, codes, sessionId, answers, statement, replay } = await prepare(options, logFile, perClient);
  const appCodes = codes.slice(0, codesPerRun(perClient));
  const instance = await Instance.start(options);
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: POOL_SIZE });
  try {
    const rater = new Session(instance.baseUrl);
    const appFeed = codeFeed(appCodes, perClient);
    const before = await storedBallots(pool, sessionId);
    let accepted = 0;
    const app = await runLoad(
      CLIENTS,
      perClient,
      async (client) => {
        const status = await rater.post('/api/v1/public/ballots', { code: appFeed(client), answers: answers(client) });
        if (status !== 200) throw new Error(`ballot answered ${status}`);
        accepted++;
      },
      WARMUP,
    );
    // Every code has been used once: casting them again, all at once, must store nothing.
    const again = await Promise.all(appCodes.slice(0, CLIENTS * 4).map((code) => rater.post('/api/v1/public/ballots', { code, answers: answers(0) })));
    const stored = (await storedBallots(pool, sessionId)) - before;

    const bareFeed = codeFeed(codes.slice(codesPerRun(perClient)), perClient);
    const barePg = await runLoad(
      CLIENTS,
      perClient,
      async (client) => {
        const result = await pool.query(statement.query, replay(sm3(bareFeed(client)), JSON.stringify(answers(client))));
        if (result.rowCount !== 1) throw new Error('the bare cast stored nothing');
      },
      WARMUP,
    );
    return {
      subjects: subjects.length,
      app,
      barePg,
      throughputRatio: Math.round((app.perSecond / barePg.perSecond) * 100) / 100,
      lost: accepted - stored,
      doubled: again.filter((status) => status === 200).length,
    };
  } finally {
    await pool.end();
    await instance.stop();
  }
}

async function storedBallots(pool: pg.Pool, sessionId: string): Promise<number> {
  return Number((await pool.query('select count(*)::int as n from assessment_ballots where session_id = $1', [sessionId])).rows[0].n);
}
