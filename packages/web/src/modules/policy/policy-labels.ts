import type { TalentLevel, UnitResult } from '@dandang/shared/policy/policy.schema';
import type { PolicyStatus } from './policy.types';

// Label tables are typed by the shared schema's keys, so a renamed or added key breaks the build here, not the page.
// (The shared label constants live beside the zod schema; importing them would pull zod into this chunk.)

export const STATUS_LABELS: Record<PolicyStatus, { text: string; color: string }> = {
  draft: { text: '草稿', color: 'blue' },
  active: { text: '已启用', color: 'green' },
  retired: { text: '已停用', color: 'default' },
};

export const ROUNDING_OPTIONS = [
  { value: 'floor', label: '向下取整' },
  { value: 'round', label: '四舍五入' },
  { value: 'ceil', label: '向上取整' },
];

export const UNIT_RESULT_LABELS: Record<UnitResult, string> = { EXCELLENT: '优秀', GOOD: '良好', PASS: '一般', POOR: '较差' };

export const TALENT_LEVEL_LABELS: Record<TalentLevel, string> = { SECTION: '科级', DIVISION: '处级', BUREAU: '厅级' };

export const ANNUAL_GRADE_LABELS = { EXCELLENT: '优秀', COMPETENT: '称职', BASIC: '基本称职', INCOMPETENT: '不称职' } as const;

/** Section titles, in the order the form shows them; also used to name the section of a validation issue. */
export const SECTION_TITLES: Record<string, string> = {
  basic: '基本信息',
  notice: '公示',
  quota: '等次比例',
  tolerance: '容错纠错',
  accountability: '问责',
  complaints: '检举控告',
  visits: '回访教育',
  rotation: '轮岗交流',
  talentPool: '优秀年轻干部库',
  assessment: '考核',
  participation: '群众参与',
  honors: '评先评优',
};

/**
 * The label of every document field, by its path in the document. The form and the validation summary both read it,
 * so an issue at `quota.excellentPercent` is named 优秀等次比例 in both places.
 */
export const FIELD_LABELS: Record<string, string> = {
  name: '版本名称',
  code: '政策编码',
  effectiveFrom: '文件生效日期',
  'notice.defaultWorkdays': '公示期',
  'quota.excellentPercent': '优秀等次比例',
  'quota.maxRaisedPercent': '经批准最高可提高至',
  'quota.rounding': '名额取整方式',
  'quota.pooling.enabled': '人数较少的单位合并计算',
  'quota.pooling.minUnitSize': '参加人数少于此数的单位合并计算',
  'quota.linkToUnitResult': '个人优秀比例与单位考核结果挂钩',
  ...Object.fromEntries(Object.entries(UNIT_RESULT_LABELS).map(([key, label]) => [`quota.unitResultPercents.${key}`, `单位考核为“${label}”时的优秀比例`])),
  'tolerance.requiredConditions': '须同时具备的条件',
  'tolerance.exclusions': '不予容错的情形',
  'tolerance.limits.acceptanceWorkdays': '受理审核时限',
  'tolerance.limits.investigationWorkdays': '调查核实时限',
  'tolerance.limits.extensionWorkdays': '经批准每次可延长',
  'tolerance.limits.maxExtensions': '最多延长次数',
  'accountability.adjustmentDeadlineMonths': '组织调整手续办结期限',
  'accountability.appealMonths': '申诉期限',
  'accountability.appealAnswerMonths': '申诉答复期限',
  'accountability.repeatWindowMonths': '重复问责提示期',
  'complaints.acceptanceWorkdays': '检举控告受理时限',
  'complaints.verificationWorkdays': '检举控告核查时限',
  'visits.firstVisitWithinMonths': '首次回访时限',
  'visits.maxPerYear': '每人每年回访上限',
  'visits.minCoveragePercent': '年度回访覆盖率下限',
  'visits.coverageLookbackYears': '覆盖率统计范围（前几年受处理人员）',
  'visits.minVisitors': '每次回访最少人数',
  'rotation.years': '同一职位任职满（应交流）',
  'rotation.keyPostYears': '重要岗位任职满（应轮岗）',
  ...Object.fromEntries(Object.entries(TALENT_LEVEL_LABELS).map(([key, label]) => [`talentPool.maxAgeByLevel.${key}`, `${label}入库年龄上限`])),
  'assessment.periodicGrades': '平时考核等次',
  'assessment.minValidBallots': '民主测评每组最少有效票数',
  ...Object.fromEntries(Object.entries(ANNUAL_GRADE_LABELS).map(([key, label]) => [`assessment.bonusPercents.${key}`, `年度“${label}”奖金系数`])),
  'participation.ideaReplyWorkdays': '金点子答复时限',
  'participation.appealReplyWorkdays': '企业诉求答复时限',
  'honors.noticeWorkdays': '评先评优公示期',
};

/** `quota.excellentPercent` → 优秀等次比例; list items (`assessment.periodicGrades.2.code`) fall back to their list. */
export function fieldLabel(path: ReadonlyArray<string | number>): string {
  const key = path.join('.');
  if (FIELD_LABELS[key]) return FIELD_LABELS[key];
  const list = path.findIndex((part) => typeof part === 'number');
  if (list > 0) {
    const base = FIELD_LABELS[path.slice(0, list).join('.')];
    if (base) return `${base}第 ${Number(path[list]) + 1} 项`;
  }
  return key;
}
