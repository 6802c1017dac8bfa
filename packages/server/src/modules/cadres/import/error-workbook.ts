import { PassThrough, type Readable } from 'node:stream';
import { IMPORT_ERROR_COLUMN, IMPORT_SHEET_NAME } from '@dandang/shared/cadres/cadre-import.schema';
import ExcelJS from 'exceljs';
import { readSheetRows } from './roster-reader';

/**
 * The uploaded rows again, each with a 错误说明 column holding all of that row's messages and its wrong cells
 * filled red, streamed (constant memory) so that a 100,000-row file works. Fix it and upload it again: the added
 * column is ignored by the import.
 */

export interface RowErrors {
  /** Sheet column positions (0-based) of the wrong cells. */
  columns: Set<number>;
  messages: string[];
}

const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const ERROR_FONT = { color: { argb: 'FF9C0006' } };

export function streamErrorWorkbook(upload: Buffer, errors: ReadonlyMap<number, RowErrors>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(IMPORT_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  (async () => {
    let width = 0;
    for await (const { number, cells } of readSheetRows(upload)) {
      if (number === 1) {
        width = cells.length;
        sheet.columns = [...cells.map((c) => ({ header: String(c ?? ''), width: 16 })), { header: IMPORT_ERROR_COLUMN, width: 60 }];
        sheet.getRow(1).font = { bold: true };
        sheet.getRow(1).getCell(width + 1).font = { bold: true, color: { argb: 'FFC00000' } };
        continue;
      }
      const rowErrors = errors.get(number);
      const values: Array<string | number | boolean | Date | null> = [...cells];
      values.length = width;
      values.push(rowErrors ? rowErrors.messages.join('；') : null);
      // Same row numbers as the upload, so that the issue list's rows point at the same lines here.
      const row = sheet.getRow(number);
      row.values = values;
      cells.forEach((cell, i) => {
        if (cell instanceof Date) row.getCell(i + 1).numFmt = 'yyyy-mm-dd';
      });
      if (rowErrors) {
        for (const i of rowErrors.columns) if (i < width) row.getCell(i + 1).fill = ERROR_FILL;
        row.getCell(width + 1).font = ERROR_FONT;
      }
      row.commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error) => out.destroy(error));
  return out;
}
