import type { HonorKind } from '@dandang/shared/honors/honor.codes';
import { honorCampaigns, honorNominations, honorObjections } from '../modules/honors/honors.tables';
import type { Executor } from '../platform/db/client';

/**
 * A campaign as the honors workflow (honors.routes.test.ts) leaves it, written straight to the tables for the tests of
 * what other modules read from it: published on `publishedOn` with its nominees honored, or still under notice until
 * `noticeEndsOn` with them shortlisted.
 */
export async function recordCampaign(
  db: Executor,
  input: {
    jurisdictionId: string;
    title: string;
    kind?: HonorKind;
    nominees: ReadonlyArray<{ cadreId: string; unitId: string }>;
  } & ({ publishedOn: string } | { noticeEndsOn: string }),
) {
  const at = new Date('2026-01-05T09:00:00+08:00');
  const published = 'publishedOn' in input;
  const noticeEndsOn = published ? input.publishedOn : input.noticeEndsOn;
  const [campaign] = await db
    .insert(honorCampaigns)
    .values({
      jurisdictionId: input.jurisdictionId,
      title: input.title,
      kind: input.kind ?? 'GOOD_CADRE',
      year: Number(noticeEndsOn.slice(0, 4)),
      state: published ? 'PUBLISHED' : 'NOTICE',
      nominationEndsOn: '2025-12-31',
      noticeStartsOn: '2026-01-05',
      noticeEndsOn,
      publishedOn: published ? input.publishedOn : null,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  const id = (campaign as { id: string }).id;
  const nominations = await db
    .insert(honorNominations)
    .values(
      input.nominees.map((n) => ({
        campaignId: id,
        ...n,
        deeds: '牵头完成重点项目攻坚，群众满意度显著提升',
        state: published ? ('AWARDED' as const) : ('SHORTLISTED' as const),
        refusals: [],
        screenedOn: '2025-12-31',
        createdAt: at,
        updatedAt: at,
      })),
    )
    .returning({ id: honorNominations.id });
  return { id, nominationIds: nominations.map((n) => n.id) };
}

/** An objection still being looked into on a nomination: it holds the campaign back from publication. */
export async function fileOpenObjection(db: Executor, nominationId: string) {
  await db.insert(honorObjections).values({
    nominationId,
    codeHash: crypto.randomUUID(),
    realName: false,
    content: '反映该同志推荐材料中的事迹与实际不符',
    state: 'OPEN',
    filedAt: new Date('2026-01-06T09:00:00+08:00'),
  });
}
