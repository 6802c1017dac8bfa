import { subjectOf } from '@dandang/shared/assessment/population.rules';
import type { SchemeCategory } from '@dandang/shared/assessment/scheme.schema';

/** The measure word a count of a category's participants takes: people (人) for cadres, units or teams (个) otherwise. */
export function countWord(category: SchemeCategory): '人' | '个' {
  return subjectOf(category) === 'CADRE' ? '人' : '个';
}
