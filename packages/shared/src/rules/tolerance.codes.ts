/** Fact codes a tolerance case records (DOMAIN.md §6), each with its Chinese label. */
export const TOLERANCE_SITUATIONS = {
  REFORM_TRIAL: '先行先试缺乏经验',
  EXPLORATORY_NO_LIMIT: '尚无明确限制的探索性试验',
  UNINTENTIONAL_FOR_DEVELOPMENT: '为推动发展的无意过失',
  DISSENT_RECORDED: '集体决策中明确反对或保留',
  FORCE_MAJEURE: '已履职尽责但因不可抗力或难以预见',
  PRINCIPLED_CONFLICT: '坚持原则敢抓敢管引发矛盾非议',
  POLICY_CHANGE: '上级政策调整等客观因素',
} as const;
export type ToleranceSituation = keyof typeof TOLERANCE_SITUATIONS;

/** Situations that exempt by themselves (问责条例第十七条). */
export const SELF_EXEMPTING_SITUATIONS: readonly ToleranceSituation[] = ['DISSENT_RECORDED', 'FORCE_MAJEURE'];

export const TOLERANCE_CONDITIONS = {
  COMPLIANT: '符合决策部署且未被明令禁止',
  PUBLIC_INTEREST: '出于公心勤勉尽责',
  DUE_PROCESS: '履行民主/集体决策程序（或紧急处置后及时报告）',
  NO_PERSONAL_GAIN: '未谋取私利',
  REMEDIED: '积极消除影响挽回损失',
} as const;
export type ToleranceCondition = keyof typeof TOLERANCE_CONDITIONS;

export const TOLERANCE_EXCLUSIONS = {
  POLITICAL_DISCIPLINE: '违反政治纪律',
  AFTER_EXPLICIT_BAN: '明令禁止后仍为之',
  PERSONAL_GAIN: '谋取私利',
  INTEGRITY_VIOLATION: '违反八项规定或廉洁纪律',
  SKIPPED_COLLECTIVE_DECISION: '个人决定重大事项',
  FALSIFIED_OR_OBSTRUCTED: '弄虚作假或阻挠调查',
  REPEATED_SAME_ERROR: '同类失误重复出现',
  MAJOR_ACCIDENT: '重大安全事故或恶劣影响',
  REFUSED_CORRECTION: '拒不纠错',
} as const;
export type ToleranceExclusion = keyof typeof TOLERANCE_EXCLUSIONS;

export const TOLERANCE_MITIGATIONS = {
  REMEDIED_PROMPTLY: '及时补救有效挽回损失或消除影响',
  COOPERATED: '积极配合调查主动承担责任',
} as const;
export type ToleranceMitigation = keyof typeof TOLERANCE_MITIGATIONS;

export const TOLERANCE_OUTCOMES = { EXEMPT: '免责', MITIGATE: '从轻或减轻', REJECTED: '不予容错' } as const;
export type ToleranceOutcome = keyof typeof TOLERANCE_OUTCOMES;

export const keysOf = <T extends object>(table: T) => Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];
