import { subjectOf } from '@dandang/shared/assessment/population.rules';
import type { SchemeCategory } from '@dandang/shared/assessment/scheme.schema';

/*
 * How the screens speak of a category's participants, by what they are (subjectOf): cadres are counted in 人 and named;
 * units and leadership teams are counted in 个 and stand in the unit's own row.
 */
const WORDS = {
  CADRE: { measure: '人', counted: '人数', self: null },
  UNIT: { measure: '个', counted: '单位数', self: '单位整体' },
  LEADERSHIP_TEAM: { measure: '个', counted: '班子数', self: '领导班子' },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

export function subjectWords(category: SchemeCategory): Words {
  return WORDS[subjectOf(category)];
}

/** Whether the category's participants are people (named apart from their unit) rather than units or teams. */
export const isCadreCategory = (category: SchemeCategory) => subjectOf(category) === 'CADRE';
