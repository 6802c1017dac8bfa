import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LoginPage } from './pages/login.page';
import { NotificationsPage } from './pages/notifications.page';
import { ParticipationPublicPage } from './pages/participation-public.page';
import { type XssObservation, XssProbe } from './pages/xss-probe.page';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';

/*
 * [SECURITY] Issue 9 item 8 in the running product: markup stored in the text fields of several modules (a complaint,
 * a tolerance case and its comments, an announcement) is shown as text, never run, in Chromium; and the HTML page and
 * its scripts come with the security headers. Each payload is tagged so the test finds exactly its own text.
 */

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');
const tag = (field: string) => `XSS${Date.now().toString(36).toUpperCase()}${field}`;

const PAYLOADS = {
  complaintTitle: `${tag('A')}<img src=x onerror=window.__xss=1>`,
  complaintMatter: `${tag('B')}<script>window.__xss=2</script>"><svg onload=alert(3)>`,
  caseTitle: `${tag('C')}"><svg onload=alert(4)>`,
  caseMatter: `${tag('D')}<img src=x onerror=alert(5)> javascript:alert(6)`,
  caseComment: `${tag('E')}<a href="javascript:window.__xss=7">点我</a>`,
  announcementTitle: `${tag('F')}<img src=x onerror=window.__xss=8>`,
  announcementBody: `${tag('G')}javascript:alert(9)<script>window.__xss=9</script>`,
  ideaTitle: `${tag('H')}<img src=x onerror=window.__xss=10>`,
  ideaContent: `${tag('I')}<svg onload=window.__xss=11></svg><a href="javascript:window.__xss=12">详情</a>`,
};

let discipline: BrowserSession;
let org: BrowserSession;
const stored = { complaintId: '', caseId: '', ideaId: '', ideaCode: '' };

beforeAll(async () => {
  const disciplineApi = new ApiClient(baseUrl);
  await disciplineApi.login('demo_discipline', demoPassword);
  const orgApi = new ApiClient(baseUrl);
  await orgApi.login('demo_org', demoPassword);
  const { items } = await orgApi.json<{ items: Array<{ id: string }> }>('GET', '/api/v1/cadres?pageSize=1');
  const cadreId = items[0]?.id as string;

  const complaint = await disciplineApi.json<{ case: { id: string } }>('POST', '/api/v1/complaints', {
    channel: 'LETTER',
    receivedOn: '2026-01-05',
    anonymous: true,
    accusedCadreIds: [cadreId],
    classification: 'INTEGRITY',
    title: PAYLOADS.complaintTitle,
    matter: PAYLOADS.complaintMatter,
  });
  stored.complaintId = complaint.case.id;

  const application = await orgApi.json<{ case: { id: string } }>('POST', '/api/v1/tolerance/cases', {
    subjectCadreId: cadreId,
    title: PAYLOADS.caseTitle,
    matter: PAYLOADS.caseMatter,
    occurredOn: '2026-01-05',
    claimedSituations: ['REFORM_TRIAL'],
    grounds: '出于公心，未谋取私利',
  });
  stored.caseId = application.case.id;
  await orgApi.json('POST', `/api/v1/cases/${stored.caseId}/comments`, { body: PAYLOADS.caseComment });

  const me = await orgApi.json<{ unitId: string }>('GET', '/api/v1/auth/me');
  await orgApi.json('POST', '/api/v1/announcements', {
    title: PAYLOADS.announcementTitle,
    body: PAYLOADS.announcementBody,
    audience: 'UNITS',
    unitIds: [me.unitId],
  });

  // An idea from the public portal, anonymous and without an account, as anyone on the internet can send one.
  const category = tag('类别');
  await orgApi.json('POST', '/api/v1/participation/categories', { kind: 'IDEA', name: category, unitId: me.unitId });
  const citizen = new ApiClient(baseUrl);
  const categories = await citizen.json<Array<{ id: string; name: string }>>('GET', '/api/v1/public/participation/categories?kind=IDEA');
  const challenge = await citizen.json<{ token: string; question: string }>('GET', '/api/v1/public/participation/challenge');
  const [a = 0, b = 0] = challenge.question.match(/\d+/g)?.map(Number) ?? [];
  const submitted = await citizen.json<{ queryCode: string }>('POST', '/api/v1/public/participation/submissions', {
    kind: 'IDEA',
    categoryId: categories.find((c) => c.name === category)?.id,
    title: PAYLOADS.ideaTitle,
    content: PAYLOADS.ideaContent,
    anonymous: true,
    challengeToken: challenge.token,
    challengeAnswer: a + b,
  });
  stored.ideaCode = submitted.queryCode;
  const ideas = await orgApi.json<{ items: Array<{ id: string; title: string }> }>(
    'GET',
    `/api/v1/participation/submissions?kind=IDEA&q=${encodeURIComponent(PAYLOADS.ideaTitle.slice(0, 12))}`,
  );
  stored.ideaId = ideas.items.find((i) => i.title === PAYLOADS.ideaTitle)?.id as string;

  discipline = await openBrowser();
  await new LoginPage(discipline.page, baseUrl).loginAs('demo_discipline', demoPassword);
  org = await openBrowser();
  await new LoginPage(org.page, baseUrl).loginAs('demo_org', demoPassword);
});
afterAll(() => closeBrowser());

/** Nothing ran, nothing was parsed as markup, and the payload reads as the text it was. */
function expectInert(seen: XssObservation, session: BrowserSession, texts: readonly string[]) {
  expect(seen.marker).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(seen.injectedElements).toBe(0);
  expect(seen.scriptLinks).toBe(0);
  for (const text of texts) expect(seen.text).toContain(text);
  // A payload parsed as markup would at least trip the content security policy; none may have.
  expect(session.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
}

describe('[SECURITY][XSS]: markup stored in text fields shows as text and never runs', () => {
  it('a complaint’s title and matter', async () => {
    const texts = [PAYLOADS.complaintTitle, PAYLOADS.complaintMatter];
    const seen = await new XssProbe(discipline.page, baseUrl).visit(`/complaints/${stored.complaintId}`, texts);
    expectInert(seen, discipline, texts);
    await screenshot(discipline.page, 'security-xss-complaint');
  });

  it('a tolerance case’s title, matter and comment', async () => {
    const probe = new XssProbe(discipline.page, baseUrl);
    const texts = [PAYLOADS.caseTitle, PAYLOADS.caseMatter];
    expectInert(await probe.visit(`/tolerance/cases/${stored.caseId}`, texts), discipline, texts);
    await discipline.page.getByRole('tab', { name: /办理意见/ }).click();
    await discipline.page.getByText(PAYLOADS.caseComment).waitFor();
    expectInert(await probe.observe(), discipline, [PAYLOADS.caseComment]);
    await screenshot(discipline.page, 'security-xss-case');
  });

  it('an announcement in the list and read in the inbox', async () => {
    const probe = new XssProbe(org.page, baseUrl);
    expectInert(await probe.visit('/notifications/announcements', [PAYLOADS.announcementTitle]), org, [PAYLOADS.announcementTitle]);
    const inbox = new NotificationsPage(org.page, baseUrl);
    await inbox.openInbox();
    const body = await inbox.readAnnouncement(PAYLOADS.announcementTitle);
    await body.getByText(PAYLOADS.announcementBody).waitFor();
    expectInert(await probe.observe(), org, [PAYLOADS.announcementTitle, PAYLOADS.announcementBody]);
    await screenshot(org.page, 'security-xss-announcement');
  });
});

describe('[SECURITY][XSS]: markup sent from the public portal shows as text, to the public and to staff', () => {
  it('an anonymous idea, followed by its query code and opened by the organization department', async () => {
    const texts = [PAYLOADS.ideaTitle, PAYLOADS.ideaContent];
    const probe = new XssProbe(org.page, baseUrl);
    expectInert(await probe.visit(`/participation/${stored.ideaId}`, texts), org, texts);
    await screenshot(org.page, 'security-xss-idea-staff');
    const citizen = await openBrowser({ width: 390, height: 844 });
    const publicProbe = new XssProbe(citizen.page, baseUrl);
    await new ParticipationPublicPage(citizen.page, baseUrl).track(stored.ideaCode);
    expectInert(await publicProbe.observe(), citizen, [PAYLOADS.ideaTitle]);
    await screenshot(citizen.page, 'security-xss-idea-public-390');
  });
});

describe('[SECURITY][HEADERS]: the web app is served hardened', () => {
  it('sends the security headers with the page and its scripts, and no server banner', async () => {
    const page = (await openBrowser()).page;
    const scripts: Array<Record<string, string>> = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(r.headers());
    });
    const html = await page.goto(`${baseUrl}/login`);
    await page.getByLabel('用户名').waitFor();
    expect(scripts.length).toBeGreaterThan(0);
    for (const headers of [html?.headers() ?? {}, ...scripts]) {
      expect(headers['content-security-policy']).toContain("script-src 'self'");
      expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-powered-by']).toBeUndefined();
    }
  });
});
