import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { CN_NATIONAL_POLICY } from '@dandang/shared/policy/policy.schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRulesCommand, rulesCommand } from './rules.command';

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function run(argv: string[], stdin: string, command = rulesCommand) {
  const stdout = sink();
  const stderr = sink();
  const code = await command.run(argv, { stdin: Readable.from([stdin]), stdout: stdout.stream, stderr: stderr.stream });
  const out = stdout.text();
  return {
    code,
    out,
    err: stderr.text(),
    get json() {
      return JSON.parse(out);
    },
  };
}

const paths = (json: { details: { issues: Array<{ path: string }> } }) => json.details.issues.map((i) => i.path);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dandang-rules-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dandang rules', () => {
  it('政务处分法第八条: the GOV_WARNING example, exit 0', async () => {
    const { code, json, err } = await run(['promotion'], '{"asOf":"2026-03-01","measures":[{"code":"GOV_WARNING","effectiveOn":"2025-10-31"}]}');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(json).toEqual({
      eligible: false,
      eligibleFrom: '2026-04-30',
      permanent: false,
      untilLifted: false,
      reasons: [
        {
          code: 'GOV_WARNING',
          rule: '公职人员政务处分法第八条',
          text: '政务警告（2025-10-31 生效）影响期 6 个月，2026-04-30 前不得提拔或者进一步使用',
        },
      ],
    });
  });

  it('answers a batch in the same order', async () => {
    const input = [
      { op: 'count', from: '2026-02-01', to: '2026-02-28' },
      { op: 'add', from: '2025-12-31', days: 1 },
      { op: 'noticeEnd', start: '2027-03-01', days: 5 },
    ];
    const { code, json } = await run(['workdays'], JSON.stringify(input));
    expect(code).toBe(0);
    expect(json).toEqual([
      { days: 16, provisional: false },
      { date: '2026-01-04', provisional: false },
      { date: '2027-03-05', provisional: true },
    ]);
  });

  it('exit 2 naming every bad field of every element', async () => {
    const input = [
      { asOf: '2026-03-01', measures: [] },
      { asOf: '2026-13-01', measures: [{ code: 'GOV_SCOLD', effectiveOn: '2025-10-31' }] },
      { asOf: '2026-03-01', measures: [{ code: 'PARTY_PROBATION', effectiveOn: 'yesterday' }], underInvestigation: 'no' },
    ];
    const { code, json } = await run(['promotion'], JSON.stringify(input));
    expect(code).toBe(2);
    expect(json.code).toBe('VALIDATION_FAILED');
    expect(paths(json)).toEqual(['1.asOf', '1.measures.0.code', '2.measures.0.effectiveOn', '2.measures.0.months', '2.underInvestigation']);
    expect(json.message).toContain('5 处错误');
  });

  it('exit 2 on bad JSON', async () => {
    const { code, json } = await run(['quota'], '{"participants": 20,');
    expect(code).toBe(2);
    expect(json.code).toBe('INVALID_JSON');
  });

  it('exit 2 on empty input', async () => {
    const { code, json } = await run(['quota'], '  \n');
    expect(code).toBe(2);
    expect(json.code).toBe('INVALID_JSON');
  });

  it('exit 2 on an unknown rule, listing the known ones', async () => {
    const { code, json } = await run(['eligibility'], '{}');
    expect(code).toBe(2);
    expect(json.code).toBe('UNKNOWN_RULE');
    expect(json.details.rules).toContain('promotion');
  });

  it('exit 2 with usage when the rule is missing or an option is unknown', async () => {
    const missing = await run([], '{}');
    expect(missing.code).toBe(2);
    expect(missing.json.code).toBe('USAGE');
    expect(missing.err).toContain('用法');
    const unknown = await run(['quota', '--ratio', '0.2'], '{}');
    expect(unknown.code).toBe(2);
    expect(unknown.json.message).toContain('--ratio');
  });

  it('--help prints the usage with every rule, exit 0', async () => {
    const { code, out } = await run(['--help'], '');
    expect(code).toBe(0);
    expect(out).toContain('grade-consequences');
  });

  it('--policy applies a local policy document (15% of 20 = 3)', async () => {
    const file = join(dir, 'local.json');
    await writeFile(file, JSON.stringify({ ...CN_NATIONAL_POLICY, code: 'XX-county', quota: { ...CN_NATIONAL_POLICY.quota, excellentPercent: 15 } }));
    const { code, json } = await run(['quota', '--policy', file], '{"participants":20}');
    expect(code).toBe(0);
    expect(json.maxExcellent).toBe(3);
  });

  it('--policy refuses an invalid document, exit 2 naming every bad field', async () => {
    const file = join(dir, 'bad.json');
    const bad = {
      ...CN_NATIONAL_POLICY,
      version: 0,
      notice: { defaultWorkdays: 'five' },
      quota: { ...CN_NATIONAL_POLICY.quota, rounding: 'up' },
      color: 'red',
    };
    await writeFile(file, JSON.stringify(bad));
    const { code, json } = await run(['quota', `--policy=${file}`], '{"participants":20}');
    expect(code).toBe(2);
    expect(json.code).toBe('INVALID_POLICY');
    expect(paths(json).sort()).toEqual(['color', 'notice.defaultWorkdays', 'quota.rounding', 'version']);
  });

  it('--policy names a file it cannot read', async () => {
    const { code, json } = await run(['quota', '--policy', join(dir, 'missing.json')], '{"participants":20}');
    expect(code).toBe(2);
    expect(json).toMatchObject({ code: 'INVALID_POLICY', details: { file: join(dir, 'missing.json') } });
  });

  it('uses the injected calendar (the database table, once wired)', async () => {
    const command = createRulesCommand({ loadCalendar: async () => ({ 2027: { holidays: [{ date: '2027-03-01', name: '测试' }], workdays: [] } }) });
    const { json } = await run(['workdays'], '{"op":"count","from":"2027-03-01","to":"2027-03-05"}', command);
    expect(json).toEqual({ days: 4, provisional: false });
  });
});
