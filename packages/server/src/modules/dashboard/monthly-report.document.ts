import { figureText, type Period } from '@dandang/shared/dashboard/dashboard.rules';
import type { DrillRow, KpiFigure } from '@dandang/shared/dashboard/dashboard.schema';
import type { Document } from 'docx';
import {
  FONT_SIZES,
  formCell,
  formRow,
  formTable,
  OFFICIAL_FONTS,
  officialDocument,
  paragraph,
  paragraphs,
  TEXT_WIDTH,
  titleParagraphs,
} from '../../platform/word/official';

export interface MonthlyReport {
  /** YYYY-MM. */
  month: string;
  period: Period;
  today: string;
  /** Whose figures: 全部单位, or the reader's unit and those below it. */
  scopeName: string;
  figures: readonly KpiFigure[];
  alerts: ReadonlyArray<{ kpiLabel: string; row: DrillRow }>;
}

const small = { size: FONT_SIZES.smallNo4 };
/** 五号 (10.5 pt) for the alert lines: the page must hold the table and them. */
const note = { size: 21 };
const cell = (text: string, align: 'left' | 'center' = 'center') => formCell(paragraphs(text, { ...small, align }));

/** The figure's cell: the number with its basis, and under it the breakdown when there is one. */
function valueCell(f: KpiFigure) {
  const lines = [`${figureText(f)} · ${f.basis === 'flow' ? '本月' : '当前'}`];
  if (f.parts.length > 0) lines.push(f.parts.map((p) => `${p.label} ${p.value}`).join('，'));
  return formCell(lines.flatMap((line, i) => paragraphs(line, i === 0 ? { ...small, align: 'center' } : { ...note, align: 'center' })));
}

/**
 * 动态监测月报: one A4 page in the official layout (GB/T 9704 page, 仿宋 text): the month's figures in a table, two to a
 * row so that a growing list of figures still leaves room for the alerts that need action. Flows are the month's;
 * stocks are as of the day the report is made, and the page says so.
 */
export function buildMonthlyReport(r: MonthlyReport): Document {
  const [year, month] = r.month.split('-');
  // Columns: 指标 | 数值 | 指标 | 数值, in twips summing to the text width.
  const label = Math.round(TEXT_WIDTH * 0.2);
  const half = Math.round(TEXT_WIDTH / 2);
  const columns = [label, half - label, label, TEXT_WIDTH - half - label];
  const pairs = Array.from({ length: Math.ceil(r.figures.length / 2) }, (_, i) => r.figures.slice(i * 2, i * 2 + 2));
  const table = formTable(columns, [
    formRow([cell('指标'), cell('数值'), cell('指标'), cell('数值')], 7),
    ...pairs.map(([a, b]) => formRow([cell(a?.label ?? ''), a ? valueCell(a) : cell(''), cell(b?.label ?? ''), b ? valueCell(b) : cell('')], 8)),
  ]);
  const heading = (text: string) => paragraph(text, { font: OFFICIAL_FONTS.hei, size: FONT_SIZES.no4, after: 4 });
  const alertLines =
    r.alerts.length === 0
      ? [paragraph('无逾期或即将届满事项。', { ...note, firstLineChars: 2 })]
      : r.alerts.map((a, i) =>
          paragraph(`${i + 1}. 【${a.kpiLabel}】${a.row.title}（${a.row.unitName}${a.row.date ? `，${a.row.date}` : ''}）${a.row.status}`, {
            ...note,
            firstLineChars: 2,
          }),
        );
  return officialDocument(`动态监测月报（${year}年${Number(month)}月）`, [
    ...titleParagraphs('激励干部担当作为动态监测月报', [`${year}年${Number(month)}月 · ${r.scopeName}`]),
    heading('一、主要指标'),
    paragraph(`“本月”为 ${r.period.from} 至 ${r.period.to} 的数量；“当前”为截至 ${r.today} 的数量。`, { ...note, after: 4 }),
    table,
    paragraph('', { ...note, after: 2 }),
    heading('二、需关注事项'),
    ...alertLines,
  ]);
}
