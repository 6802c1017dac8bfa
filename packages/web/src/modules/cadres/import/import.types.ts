/** The roster import's contract (packages/shared/src/cadres/cadre-import.schema.ts), as the import page uses it. */

export { EXAMPLE_SUFFIX } from '@dandang/shared/cadres/cadre-import.rules';
export type { ImportChange, ImportFieldChange, ImportIssue, ImportJob, ImportSummary } from '@dandang/shared/cadres/cadre-import.schema';
export {
  IMPORT_ERROR_COLUMN,
  IMPORT_ERROR_FILE_NAME,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  IMPORT_SHEET_NAME,
  IMPORT_TEMPLATE_FILE_NAME,
} from '@dandang/shared/cadres/cadre-import.schema';
