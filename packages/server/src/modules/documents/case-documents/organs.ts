/*
 * The names of the organs a case document is issued by, addressed to and copied to. The system keeps a jurisdiction's
 * name and a unit's name, not the full names of their party organs, so these are derived in one place, soberly: a
 * drafter who needs another form edits the Word file, and nothing here guesses what a unit's party organization is
 * called (党组, 党委 or 党支部).
 */

export interface Jurisdiction {
  /** As kept in the jurisdictions table: 示范县, or the name of the root unit it was founded with (中共示范县委员会). */
  name: string;
  /** province | city | county | district */
  level: string;
}

const PLACE_END = /[省市县区州旗盟]$/;
const LEVEL_SUFFIX: Record<string, string> = { province: '省', city: '市', county: '县', district: '区' };

/** The place a jurisdiction is, e.g. 示范县: its name without a party committee's wording, with the level's suffix when it has none. */
export function placeOf(jurisdiction: Jurisdiction): string {
  const name = jurisdiction.name
    .trim()
    .replace(/^中共/, '')
    .replace(/委员会$/, '')
    .replace(/([省市县区州旗盟])委$/, '$1');
  return PLACE_END.test(name) ? name : `${name}${LEVEL_SUFFIX[jurisdiction.level] ?? ''}`;
}

/** 中共示范县纪律检查委员会: the discipline commission that decides tolerance cases ("谁问责、谁容错"). */
export const disciplineCommissionOf = (jurisdiction: Jurisdiction) => `中共${placeOf(jurisdiction)}纪律检查委员会`;

/** 中共示范县委员会组织部. */
export const organizationDepartmentOf = (jurisdiction: Jurisdiction) => `中共${placeOf(jurisdiction)}委员会组织部`;

const PARTY_ORGAN_END = /(党组|党委|党工委|党总支|党支部|委员会)$/;

/**
 * A unit's party organization as DOMAIN.md §6 says it ("their party organization"): 甲局党组织. Whether it is a 党组,
 * a 党委 or a 党支部 is not recorded, and a wrong specific form is worse than the generic one; a unit that is itself a
 * party organ (…党委, …委员会) is named as it is.
 */
export function partyOrganizationOf(unitName: string): string {
  const name = unitName.trim();
  return PARTY_ORGAN_END.test(name) ? name : `${name}党组织`;
}
