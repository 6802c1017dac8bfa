import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export interface ExcelColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | Date | null;
}

/**
 * Streams a one-sheet workbook: rows are written and flushed page by page, so memory stays flat however long the
 * list is. `pages` yields batches (e.g. keyset-paginated queries).
 */
export function streamWorkbook<T>(sheetName: string, columns: ExcelColumn<T>[], pages: AsyncIterable<T[]>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 18 }));
  sheet.getRow(1).font = { bold: true };
  (async () => {
    for await (const page of pages) {
      for (const row of page) sheet.addRow(columns.map((c) => c.value(row))).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((err) => out.destroy(err));
  return out;
}

/** `attachment; filename*=` with the UTF-8 name, so a Chinese file name survives every browser. */
export const attachmentName = (name: string) => `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;
