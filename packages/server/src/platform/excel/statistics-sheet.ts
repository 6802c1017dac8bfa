import type { Readable } from 'node:stream';
import { streamWorkbook } from './export';

/** One figure of a statistics page: what is counted (统计项), the item, and the figure or a note. */
export interface StatisticsLine {
  section: string;
  item: string;
  value: number | string | null;
}

export const statisticsLine = (section: string, item: string, value: StatisticsLine['value']): StatisticsLine => ({ section, item, value });

/**
 * A statistics page as the offices keep it in Excel: one sheet of lines (统计项, 项目, 数值), the same figures the page
 * shows, so the workbook and the screen never disagree. `title` names the sheet and the file.
 */
export function statisticsWorkbook(title: string, lines: readonly StatisticsLine[]): { name: string; stream: Readable } {
  async function* pages() {
    yield [...lines];
  }
  const stream = streamWorkbook<StatisticsLine>(
    title,
    [
      { header: '统计项', width: 34, value: (l) => l.section },
      { header: '项目', width: 28, value: (l) => l.item },
      { header: '数值', width: 16, value: (l) => l.value },
    ],
    pages(),
  );
  return { name: `${title}.xlsx`, stream };
}
