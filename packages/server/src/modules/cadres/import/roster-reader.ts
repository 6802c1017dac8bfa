import { Readable } from 'node:stream';
import type { ImportCell } from '@dandang/shared/cadres/cadre-import.rules';
import { IMPORT_SHEET_NAME } from '@dandang/shared/cadres/cadre-import.schema';
import ExcelJS from 'exceljs';
import { DomainError } from '../../../platform/errors';

/**
 * Streams the rows of the 干部名册 sheet out of an uploaded workbook (exceljs' streaming reader: the sheet is never
 * held whole in memory). Styles are read because they are what makes a number cell a date.
 */

export interface SheetRow {
  /** The Excel row number (the header is row 1). */
  number: number;
  /** Cell values by column position, 0-based. */
  cells: ImportCell[];
}

type RawCell = ExcelJS.CellValue | undefined;

/** Rich text, formulas and hyperlinks become what the cell shows; an error value (#N/A) reads as its text. */
export function flattenCell(value: RawCell): ImportCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value as ImportCell;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return flattenCell(value.result as RawCell);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('text' in value) return flattenCell(value.text as RawCell);
  if ('error' in value) return String(value.error);
  return null;
}

export async function* readSheetRows(bytes: Buffer): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      if ((sheet as unknown as { name: string }).name !== IMPORT_SHEET_NAME) continue;
      for await (const row of sheet) {
        const values = row.values as RawCell[];
        // exceljs numbers columns from 1; position 0 is always empty.
        const cells: ImportCell[] = new Array(Math.max(0, values.length - 1));
        for (let i = 1; i < values.length; i++) cells[i - 1] = flattenCell(values[i]);
        yield { number: row.number, cells };
      }
      return;
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('IMPORT_NOT_XLSX', undefined, '工作簿内容已损坏，无法读取，请在 Excel 中打开后重新保存再上传');
  }
}
