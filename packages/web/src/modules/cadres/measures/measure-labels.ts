import { MEASURES, type MeasureCode } from '@dandang/shared/rules/measures';

export { MEASURE_OPTIONS, PROBATION_OPTIONS } from '../../rules/rules-labels';

/** The register's code labels are the rules core's own (DOMAIN.md §4). */
export const measureLabel = (code: MeasureCode): string => MEASURES[code].label;

/** The cases that can decide a measure (measure.schema MEASURE_SOURCE_TYPES), as the register names them. */
export const SOURCE_TYPE_LABELS: Record<string, string> = {
  tolerance_case: '容错纠错案件',
  accountability_matter: '问责案件',
  adjustment_case: '能上能下调整',
  supervision_record: '监督记录',
  complaint: '检举控告',
};
