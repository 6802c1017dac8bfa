import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExcelColumn<T> {
  header: string;
  width?: number;
  /** The column's number format, also for cells typed in later: '@' keeps an ID number typed there as text. */
  numFmt?: string;
  /** A drop-down of these values on the column's cells below the header (short lists: Excel keeps 255 characters). */
  list?: readonly string[];
  value: (row: T) => string | number | Date | null;
}

/** A sheet of plain lines after the data sheet, e.g. how to fill the data sheet in; the first line is the title. */
export interface WorkbookNotes {
  sheetName: string;
  lines: readonly string[];
}

/** Rows below the header that get a column's drop-down: far more than anyone fills in by hand. */
const LIST_ROWS = 5000;

/**
 * Streams a one-sheet workbook: rows are written and flushed page by page, so memory stays flat however long the
 * list is. `pages` yields batches (e.g. keyset-paginated queries). `notes` adds a second sheet of text after it.
 */
export function streamWorkbook<T>(sheetName: string, columns: ExcelColumn<T>[], pages: AsyncIterable<T[]>, notes?: WorkbookNotes): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 18, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  columns.forEach((c, i) => {
    if (!c.list) return;
    const letter = sheet.getColumn(i + 1).letter;
    // exceljs writes range validations, but its typings only know per-cell ones.
    (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      `${letter}2:${letter}${LIST_ROWS + 1}`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [`"${c.list.join(',')}"`],
        showErrorMessage: true,
        errorTitle: '不在列表中',
        error: `请从下拉列表中选择：${c.list.join('、')}`,
      },
    );
  });
  (async () => {
    for await (const page of pages) {
      for (const row of page) sheet.addRow(columns.map((c) => c.value(row))).commit();
    }
    sheet.commit();
    if (notes) {
      const help = workbook.addWorksheet(notes.sheetName);
      help.getColumn(1).width = 110;
      notes.lines.forEach((line, i) => {
        const row = help.addRow([line]);
        if (i === 0) row.font = { bold: true, size: 14 };
        row.commit();
      });
      help.commit();
    }
    await workbook.commit();
  })().catch((err) => out.destroy(err));
  return out;
}

/**
 * `attachment; filename*=` with the UTF-8 name, so a Chinese file name survives every browser; the ASCII fallback
 * keeps the name's extension (a Word document is not saved as .xlsx by a browser that ignores `filename*`).
 */
export function attachmentName(name: string): string {
  const extension = /\.[A-Za-z0-9]+$/.exec(name)?.[0] ?? '.xlsx';
  return `attachment; filename="export${extension}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
