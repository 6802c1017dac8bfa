import { chinaDateOf } from '@dandang/shared/dates/date';
import { SECTION_KEYS, SECTION_LABELS, TYPICAL_CASE_TYPES, TYPICAL_OUTCOMES } from '@dandang/shared/typical-cases/typical-case.codes';
import type { TypicalCaseView } from '@dandang/shared/typical-cases/typical-case.schema';
import { TYPICAL_CASE_STATES } from '@dandang/shared/typical-cases/typical-case.states';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { type ExcelColumn, streamWorkbook } from '../../platform/excel/export';
import { type BodyParagraph, renderOfficialDocument } from '../documents';
import { filterOf, findReadable, type ListQuery } from './read.service';
import { toTypicalCaseView } from './typical-case.view';
import { isPublisher, managedColumn } from './typical-cases.policy';
import * as repo from './typical-cases.repository';

/*
 * Word and Excel. One case prints as a 汇编-style document of the organ that publishes it (issuerOf), its sections
 * under numbered headings; the list goes to Excel with the filters the screen has, as far as the actor may see it.
 */

const NUMERALS = ['一', '二', '三'];

/** Characters Windows does not allow in a file name. */
const fileSafe = (text: string) => text.replace(/[\\/:*?"<>|\n]/g, '_');

function bodyOf(view: TypicalCaseView): BodyParagraph[] {
  return SECTION_KEYS.flatMap((key, i): BodyParagraph[] => [
    { kind: 'heading1', text: `${NUMERALS[i]}、${SECTION_LABELS[key]}` },
    { kind: 'text', text: view.sections[key] },
  ]);
}

/** The typical case as a .docx; a draft or withdrawn one (publishers only) says so under its title. */
export async function typicalCaseDocument(db: Executor, ctx: RequestContext, id: string): Promise<{ name: string; buffer: Buffer }> {
  const view = toTypicalCaseView(await findReadable(db, ctx, id));
  const publishedAt = view.state === 'PUBLISHED' && view.publishedAt ? new Date(view.publishedAt) : null;
  const buffer = await renderOfficialDocument({
    issuer: view.issuer,
    number: '',
    title: publishedAt ? view.title : `${view.title}\n（${view.stateLabel}，未发布）`,
    body: bodyOf(view),
    signature: view.issuer,
    date: chinaDateOf(publishedAt ?? ctx.now),
  });
  return { name: `典型案例-${fileSafe(view.title)}.docx`, buffer };
}

const PAGE = 200;

export function typicalCaseWorkbook(db: Executor, ctx: RequestContext, query: ListQuery) {
  const filter = filterOf(ctx, query);
  const managed = managedColumn(ctx);
  async function* pages() {
    for (let offset = 0; ; offset += PAGE) {
      const [rows] = await repo.listTypicalCases(db, filter, managed, { limit: PAGE, offset });
      if (rows.length > 0) yield rows;
      if (rows.length < PAGE) return;
    }
  }
  const columns: ExcelColumn<repo.TypicalCaseRow>[] = [
    { header: '标题', width: 40, value: (r) => r.tc.title },
    { header: '类型', width: 12, value: (r) => TYPICAL_CASE_TYPES[r.tc.sourceType] },
    { header: '处理结果', width: 14, value: (r) => TYPICAL_OUTCOMES[r.tc.outcome] },
    { header: '年度', width: 8, value: (r) => r.tc.year },
    { header: '关键词', width: 30, value: (r) => r.tc.keywords.join('、') },
    { header: '发布日期', width: 14, value: (r) => (r.tc.publishedAt && r.tc.state === 'PUBLISHED' ? chinaDateOf(r.tc.publishedAt) : '') },
    { header: '基本案情', width: 80, value: (r) => r.tc.facts },
  ];
  // Drafts, and whose case it was, stay with those who manage them.
  if (isPublisher(ctx)) {
    columns.push(
      { header: '状态', width: 10, value: (r) => TYPICAL_CASE_STATES[r.tc.state] },
      { header: '来源案件', width: 18, value: (r) => (r.managed ? r.sourceNumber : '') },
    );
  }
  return { name: `典型案例-${chinaDateOf(ctx.now)}.xlsx`, stream: streamWorkbook('典型案例', columns, pages()) };
}
