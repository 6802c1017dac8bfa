/*
 * Units in a redacted case keep their kind but lose their name: 县教育局 → 某局, 城关镇人民政府 → 某镇政府, 实验学校 →
 * 某学校. A small set of suffix rules, tried in order (the longer, more specific suffix first); a name no rule knows
 * becomes 某单位. A party organization attached to a unit keeps its own word: 教育局党组 → 某局党组.
 */

interface SuffixRule {
  pattern: RegExp;
  generic: (match: RegExpExecArray) => string;
}

const fixed = (generic: string) => () => generic;
const kept = (match: RegExpExecArray) => `某${match[1]}`;

/** Ordered: 人民政府 and 政府 before the bare level, 委员会 before 委, 有限公司 before 公司, 派出所 before 所. */
const SUFFIX_RULES: readonly SuffixRule[] = [
  { pattern: /(镇|乡|县|区|市)(人民)?政府$/, generic: (m) => `某${m[1]}政府` },
  { pattern: /街道办事处$/, generic: fixed('某街道办事处') },
  { pattern: /(村民委员会|村委会)$/, generic: fixed('某村委会') },
  { pattern: /(居民委员会|居委会)$/, generic: fixed('某居委会') },
  { pattern: /(有限责任公司|股份有限公司|有限公司|集团公司|公司|集团)$/, generic: fixed('某公司') },
  { pattern: /(幼儿园|小学|中学|大学|学院|学校)$/, generic: kept },
  { pattern: /(卫生院|医院)$/, generic: kept },
  { pattern: /(派出所|司法所|财政所|供电所|卫生所)$/, generic: fixed('某所') },
  { pattern: /委员会$/, generic: fixed('某委员会') },
  { pattern: /办公室$/, generic: fixed('某办公室') },
  { pattern: /(服务中心|中心)$/, generic: fixed('某中心') },
  { pattern: /(社区|街道)$/, generic: kept },
  { pattern: /(局|委|办|厅|院|所|站|队|镇|乡|村|部|处|科|室)$/, generic: kept },
];

/** Party bodies named after the unit they sit in: the unit part is generalized, the party word stays. */
const PARTY_SUFFIX = /(机关党委|党工委|党总支|党支部|党委|党组|纪工委|纪委)$/;

function genericBase(name: string): string | null {
  for (const rule of SUFFIX_RULES) {
    const match = rule.pattern.exec(name);
    if (match) return rule.generic(match);
  }
  return null;
}

/** The generic form of a unit's name, keeping its kind. */
export function genericUnitName(name: string): string {
  const trimmed = name.trim();
  const party = PARTY_SUFFIX.exec(trimmed);
  if (party && trimmed.length > party[0].length) {
    const base = genericBase(trimmed.slice(0, -party[0].length));
    return `${base ?? '某单位'}${party[1]}`;
  }
  return genericBase(trimmed) ?? '某单位';
}

/** True when the text ends like a unit or a party body (甲局党组, 城关镇), not like a person's name. */
export function looksLikeUnit(text: string): boolean {
  const name = text.trim();
  return PARTY_SUFFIX.test(name) || genericBase(name) !== null;
}

const LEVEL_CHARS = /^[省市县区]/;
/** 局, 中学, 委员会: a unit's kind with no name before it. */
const isBareKind = (text: string) => genericUnitName(text) === `某${text}`;

/**
 * The ways a unit's name is written in running text: in full (示范县教育局), without the jurisdiction (教育局), with only
 * its level (县教育局), and a township's government by the township (城关镇人民政府 → 城关镇, 城关镇政府). Variants
 * shorter than two characters, or a bare suffix (局, 委), would match ordinary words and are left out.
 */
export function unitVariants(name: string, jurisdiction?: string): string[] {
  const full = name.trim();
  const variants = new Set<string>([full]);
  const withoutParty = full.replace(/^中共/, '');
  variants.add(withoutParty);
  const rest = jurisdiction && withoutParty.startsWith(jurisdiction) ? withoutParty.slice(jurisdiction.length) : '';
  // 示范县中学 is not written 中学 or 县中学: a bare kind after the jurisdiction names nothing by itself.
  if (jurisdiction && rest && !isBareKind(rest)) {
    variants.add(rest);
    const level = jurisdiction.at(-1) ?? '';
    if (LEVEL_CHARS.test(level)) variants.add(`${level}${rest}`);
  }
  for (const v of [...variants]) {
    const government = /^(.+[镇乡县区市])人民政府$/.exec(v);
    if (government?.[1]) {
      variants.add(government[1]);
      variants.add(`${government[1]}政府`);
    }
  }
  return [...variants].filter((v) => v.length >= 2 && !isBareKind(v) && !v.includes('某'));
}
