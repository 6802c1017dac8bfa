import type { AccountabilityCaseDetail } from '@dandang/shared/accountability/accountability-case.schema';
import type { AppealPage, AppealView } from '@dandang/shared/accountability/appeal.schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { expectError, fieldPaths, ok } from '../../test/http';
import {
  buildWorld,
  cadreIn,
  decide,
  decision,
  detailOf,
  proposalFor,
  proposeOn,
  registerMatter,
  userWithGrants,
  type World,
} from './accountability.test-support';

/*
 * 申诉 (问责条例 第二十条; DOMAIN.md §7): within 1 month of the decision, answered within 1 month, execution going on
 * meanwhile. Decisions of 2026-03-02; the clock starts that day and later moves to 2026-04-10.
 */

let w: World;
const ids: Record<string, string> = {};
const id = (k: string) => ids[k] as string;
const lodge = async (who: string, caseId: string, body: Record<string, unknown>) =>
  (await w.as(who)).post(`/api/v1/accountability/cases/${caseId}/appeals`, body);
const appeals = async (state: string) => ok<AppealPage>(await (await w.as('discipline')).get(`/api/v1/accountability/appeals?state=${state}`));

beforeAll(async () => {
  w = await buildWorld();
  const matter = await registerMatter(await w.as('discipline'));
  for (const [key, name] of [
    ['a', '吴一'],
    ['b', '郑二'],
    ['c', '冯三'],
  ] as const) {
    ids[key] = await cadreIn(w, w.county.a.id, name);
    ids[`${key}Case`] = (await proposeOn(await w.as('discipline'), matter.id, proposalFor(id(key)))).caseId;
  }
  await decide(await w.as('discipline'), id('aCase'), decision());
  await decide(await w.as('discipline'), id('bCase'), decision());
  await userWithGrants(w, 'reader', 'unit_leader', w.county.a.id, [['accountability.read', 'unit']]);
});
afterAll(() => w.t.close());

describe('lodging an appeal', () => {
  it('is recorded within the month, on the cadre’s behalf, with who lodged it and when it must be answered', async () => {
    const d = ok<AccountabilityCaseDetail>(await lodge('orgDept', id('aCase'), { grounds: '认为责任划分不当', receivedOn: '2026-03-02' }));
    expect(d.case.state).toBe('DECIDED');
    expect(d.appeals).toEqual([
      expect.objectContaining({ appellant: '吴一', receivedOn: '2026-03-02', answerDue: '2026-04-02', status: 'OPEN', statusLabel: '待答复', upheld: null }),
    ]);
    expect(d.appeals[0]?.lodgedByName).toMatch(/测试用户/);
    ids.appeal = d.appeals[0]?.id as string;
  });

  it('refuses a second appeal while one is unanswered, an appeal on an undecided case, and a reader without the permission', async () => {
    expectError(await lodge('discipline', id('aCase'), { grounds: '再次申诉' }), 409, 'STATE_CONFLICT');
    expectError(await lodge('discipline', id('cCase'), { grounds: '尚未决定' }), 409, 'STATE_CONFLICT');
    expectError(await lodge('reader', id('aCase'), { grounds: '越权' }), 403, 'FORBIDDEN');
  });

  it('refuses bad input by field, and a receipt before the decision', async () => {
    const bad = await lodge('discipline', id('bCase'), { receivedOn: '2026-13-01' });
    expectError(bad, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(bad).sort()).toEqual(['grounds', 'receivedOn']);
    const early = await lodge('discipline', id('bCase'), { grounds: '不服', receivedOn: '2026-03-01' });
    expect(fieldPaths(early)).toEqual(['receivedOn']);
  });

  it('is listed as open, and as overdue once its answer date has passed', async () => {
    expect((await appeals('open')).items.map((a) => a.id)).toEqual([id('appeal')]);
    expect((await appeals('overdue')).total).toBe(0);
    w.moveTo('2026-04-10T09:00:00+08:00');
    expect((await appeals('overdue')).items.map((a) => [a.caseNumber, a.status, a.statusLabel])).toEqual([['问〔2026〕1号', 'OVERDUE', '逾期未答复']]);
    expect((await appeals('open')).total).toBe(1);
  });

  it('is refused after the month, saying the day it ran out', async () => {
    const res = await lodge('orgDept', id('bCase'), { grounds: '不服' });
    const body = expectError(res, 422, 'APPEAL_PERIOD_ENDED');
    expect(body.message).toBe('申诉期限已于 2026-04-02 届满（问责决定 2026-03-02 作出后 1 个月内可以申诉）');
    expect(body.details).toMatchObject({ lastDay: '2026-04-02' });
  });
});

describe('answering an appeal', () => {
  it('is for the deciding side, at the version read; the case stays decided', async () => {
    const url = `/api/v1/accountability/appeals/${id('appeal')}/answer`;
    expectError(await (await w.as('orgDept')).post(url, { version: 1, upheld: false, answer: '维持' }), 403, 'FORBIDDEN');
    expectError(await (await w.as('discipline')).post(url, { version: 9, upheld: false, answer: '维持' }), 409, 'VERSION_CONFLICT');
    const missing = await (await w.as('discipline')).post(url, { version: 1 });
    expect(fieldPaths(missing).sort()).toEqual(['answer', 'upheld']);
    const answered = ok<AppealView>(await (await w.as('discipline')).post(url, { version: 1, upheld: false, answer: '经复查，维持原问责决定' }));
    expect(answered).toMatchObject({ status: 'ANSWERED', upheld: false, answeredOn: '2026-04-10', answeredByName: '纪委干部', version: 2 });
    expectError(await (await w.as('discipline')).post(url, { version: 2, upheld: true, answer: '改判' }), 409, 'STATE_CONFLICT');
    expect((await detailOf(await w.as('discipline'), id('aCase'))).case.state).toBe('DECIDED');
    expect((await appeals('overdue')).total).toBe(0);
    expect((await appeals('answered')).items.map((a) => a.id)).toEqual([id('appeal')]);
  });

  it('is audited with the lodging', async () => {
    const rows = await w.t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, id('appeal')))
      .orderBy(auditLog.seq);
    expect(rows.map((r) => r.action)).toEqual(['accountability_appeal.lodge', 'accountability_appeal.answer']);
  });

  it('is out of reach of a reader scoped to another unit (404)', async () => {
    await userWithGrants(w, 'readerB', 'unit_leader', w.county.b.id, []);
    expect((await (await w.as('readerB')).get('/api/v1/accountability/appeals?state=all')).json()).toMatchObject({ total: 0 });
    expectError(
      await (await w.as('readerB')).post(`/api/v1/accountability/appeals/${id('appeal')}/answer`, { version: 2, upheld: true, answer: '越权' }),
      403,
      'FORBIDDEN',
    );
  });
});
