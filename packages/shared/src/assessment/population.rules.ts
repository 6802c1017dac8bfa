import type { SchemeCategory } from './scheme.schema';

/*
 * Who a category of a cycle assesses ("分类别"): units of some types (乡镇, 县直部门, 企事业单位), every unit's
 * leadership team (领导班子), or the cadres themselves (个人). Unit types are the codes of the unit_type dictionary.
 */

export const UNIT_TYPES_BY_CATEGORY: Record<'TOWNSHIP' | 'COUNTY_DEPARTMENT' | 'ENTERPRISE_INSTITUTION', readonly string[]> = {
  TOWNSHIP: ['township', 'street'],
  COUNTY_DEPARTMENT: ['party_committee', 'government', 'people_congress', 'judicial', 'people_org', 'other'],
  ENTERPRISE_INSTITUTION: ['institution', 'soe'],
};

/** What one participant of the category is: a unit (its results as a unit, or its leadership team's), or a cadre. */
export function subjectOf(category: SchemeCategory): 'UNIT' | 'LEADERSHIP_TEAM' | 'CADRE' {
  if (category === 'INDIVIDUAL') return 'CADRE';
  if (category === 'LEADERSHIP_TEAM') return 'LEADERSHIP_TEAM';
  return 'UNIT';
}

/** The unit types a unit-category takes in; null for categories that take every unit (leadership teams) or cadres. */
export function unitTypesOf(category: SchemeCategory): readonly string[] | null {
  return category in UNIT_TYPES_BY_CATEGORY ? UNIT_TYPES_BY_CATEGORY[category as keyof typeof UNIT_TYPES_BY_CATEGORY] : null;
}
