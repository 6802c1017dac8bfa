import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { LoginPage } from './pages/login.page';
import { UnitsPage } from './pages/units.page';
import { clickInDialog, settled, watchFor } from './support/antd';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');

interface Unit {
  id: string;
  parentId: string | null;
  name: string;
  code: string;
  type: string;
  childCount: number;
  peopleCount: number;
}

// One run's own unit, so a rerun against the same database never meets a leftover.
const tag = Date.now().toString(36).slice(-5).toUpperCase();
const NEW_UNIT = { name: `青山镇综合执法队${tag}`, code: `SFX-QSZ-ZFD-${tag}`, type: '事业单位' };

/** Waits generously: the machine is shared and slow at times. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

let b: BrowserSession;
let units: UnitsPage;
let admin: ApiClient;

async function listUnits(): Promise<Unit[]> {
  return (await admin.request('GET', '/api/v1/units')).json as Unit[];
}
async function unitByName(name: string): Promise<Unit> {
  const unit = (await listUnits()).find((u) => u.name === name);
  if (!unit) throw new Error(`no unit ${name}`);
  return unit;
}

beforeAll(async () => {
  admin = new ApiClient(baseUrl);
  await admin.login('demo_admin', demoPassword);
  b = await openBrowser();
  await new LoginPage(b.page, baseUrl).loginAs('demo_admin', demoPassword);
  units = new UnitsPage(b.page, baseUrl);
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  // What the page showed when a step gave up, and what the console said.
  await screenshot(b.page, `org-units-failed-${ctx.task.name.slice(0, 20).replace(/\W+/g, '-')}`);
  console.error(b.page.url(), b.errors);
});
afterAll(async () => {
  await b?.close();
  await closeBrowser();
});

describe('org units', () => {
  it('[ORG][UNIT-CREATE]: a child unit created under a township appears under it in the tree, with its counts', async () => {
    const before = await listUnits();
    const township = await unitByName('青山镇');
    await units.open();
    expect(await units.total()).toBe(before.length);

    const created = watchFor(b.page.getByText(`已新增单位：${NEW_UNIT.name}`));
    await units.createChild('青山镇', NEW_UNIT);
    expect(await created).toBe(true);
    // The new unit is selected and shown open in the tree under its parent, with no one in it yet.
    await units.node(NEW_UNIT.name).waitFor();
    expect(await units.row(NEW_UNIT.name)).toBe(`${NEW_UNIT.name}0 人`);
    expect(await units.parentInTree(NEW_UNIT.name)).toBe('青山镇');
    await poll(() => units.row('青山镇')).toBe(UnitsPage.rowText({ ...township, childCount: township.childCount + 1 }));
    expect(await units.detail('上级单位').innerText()).toBe('青山镇');
    expect(await units.detail('人员').innerText()).toBe('0 人');
    await poll(() => units.total()).toBe(before.length + 1);
    await settled(b.page);
    await screenshot(b.page, 'org-units-created');

    expect((await listUnits()).find((u) => u.code === NEW_UNIT.code)).toMatchObject({
      name: NEW_UNIT.name,
      parentId: township.id,
      type: 'institution',
      childCount: 0,
      peopleCount: 0,
    });
  });

  it('[ORG][UNIT-MOVE]: the move dialog puts the unit under another township, and the tree follows', async () => {
    const from = await unitByName('青山镇');
    const target = await unitByName('河口镇');
    await units.open();
    const moved = watchFor(b.page.getByText('单位已移动'));
    const dialog = await units.move(NEW_UNIT.name, '河口镇');
    await dialog.waitFor({ state: 'hidden' });
    expect(await moved).toBe(true);

    await poll(() => units.detail('上级单位').innerText()).toBe('河口镇');
    await poll(() => units.row('河口镇')).toBe(UnitsPage.rowText({ ...target, childCount: target.childCount + 1 }));
    expect(await units.parentInTree(NEW_UNIT.name)).toBe('河口镇');
    expect(await units.row('青山镇')).toBe(UnitsPage.rowText({ ...from, childCount: from.childCount - 1 }));
    await settled(b.page);
    await screenshot(b.page, 'org-units-moved');

    expect((await unitByName(NEW_UNIT.name)).parentId).toBe(target.id);
  });

  it('[ORG][UNIT-MOVE]: moving a unit into its own sub-unit is refused with the server message, and nothing moves', async () => {
    const bureau = await unitByName('示范县教育局');
    await units.open();
    const dialog = await units.move('示范县教育局', '示范县第一中学');
    await dialog.getByText('不能把单位移动到它自己或它的下级单位之下').waitFor();
    await settled(b.page);
    await screenshot(b.page, 'org-units-move-refused');
    await clickInDialog(dialog, '取消');
    await dialog.waitFor({ state: 'hidden' });

    expect((await unitByName('示范县教育局')).parentId).toBe(bureau.parentId);
    expect((await unitByName('示范县第一中学')).parentId).toBe(bureau.id);
  });

  it('[ORG][UNIT-DELETE]: a unit with sub-units and people cannot be deleted; the message names the counts and the unit stays', async () => {
    const bureau = await unitByName('示范县教育局');
    expect(bureau.childCount).toBe(2);
    // People are counted once: the bureau's cadres, plus its accounts that are not one of them (demo_leader and
    // demo_cadre log in as two of its cadres).
    const cadres = (await admin.request('GET', `/api/v1/cadres?unitId=${bureau.id}&includeSubunits=false&pageSize=500`)).json as {
      items: Array<{ id: string }>;
    };
    const accounts = (await admin.request('GET', `/api/v1/users?unitId=${bureau.id}&pageSize=100`)).json as { items: Array<{ cadreId: string | null }> };
    const own = new Set(cadres.items.map((c) => c.id));
    expect(accounts.items.filter((a) => a.cadreId && own.has(a.cadreId)).length).toBeGreaterThan(0);
    expect(bureau.peopleCount).toBe(cadres.items.length + accounts.items.filter((a) => !a.cadreId || !own.has(a.cadreId)).length);
    await units.open();
    const total = await units.total();
    await units.remove('示范县教育局');

    const refusal = b.page.getByRole('dialog', { name: '不能删除该单位' });
    await refusal.waitFor();
    const text = await refusal.innerText();
    expect(text).toContain('示范县教育局');
    expect(text).toMatch(new RegExp(`${bureau.childCount}\\s*个下级单位`));
    expect(text).toMatch(new RegExp(`${bureau.peopleCount}\\s*名人员`));
    await settled(b.page);
    await screenshot(b.page, 'org-units-delete-refused');
    await refusal.getByRole('button', { name: '知道了' }).click();
    await refusal.waitFor({ state: 'hidden' });

    expect(await units.node('示范县教育局').isVisible()).toBe(true);
    expect(await units.total()).toBe(total);
    expect((await admin.request('GET', `/api/v1/units/${bureau.id}`)).status).toBe(200);
  });

  it('[ORG][UNIT-DELETE]: the empty unit is deleted and leaves the tree', async () => {
    const created = await unitByName(NEW_UNIT.name);
    const parentBefore = await unitByName('河口镇');
    await units.open();
    const total = await units.total();
    const deleted = watchFor(b.page.getByText(`已删除单位：${NEW_UNIT.name}`));
    await units.remove(NEW_UNIT.name);
    expect(await deleted).toBe(true);

    await poll(() => units.node(NEW_UNIT.name).count()).toBe(0);
    await poll(() => units.total()).toBe(total - 1);
    // The selection falls back to the parent, which has one sub-unit less.
    const parent = await unitByName('河口镇');
    expect(parent.id).toBe(created.parentId);
    expect(parent.childCount).toBe(parentBefore.childCount - 1);
    await poll(() => units.row('河口镇')).toBe(UnitsPage.rowText(parent));
    expect(await units.detail('上级单位').innerText()).toBe('示范县');
    expect(await units.detail('下级单位').innerText()).toBe(`${parent.childCount} 个`);
    expect((await admin.request('GET', `/api/v1/units/${created.id}`)).status).toBe(404);
  });
});
