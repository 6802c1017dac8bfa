/**
 * How each rule's answer is put into words. Nothing here decides an outcome: every title restates a field of the
 * server's answer, and every reason shown is one the server returned, grouped under a heading.
 */
import { formatPercent, parseDecimal } from '@dandang/shared/rules/decimal';
import { MEASURE_CODES } from '@dandang/shared/rules/measures';
import { ANNUAL_GRADE_LABELS } from '@dandang/shared/rules/reason';
import { TOLERANCE_MITIGATIONS } from '@dandang/shared/rules/tolerance.codes';
import dayjs from 'dayjs';
import type {
  AnnualGradeInput,
  AnnualGradeResult,
  ClarificationResult,
  GradeConsequencesInput,
  GradeConsequencesResult,
  PromotionInput,
  PromotionResult,
  QuotaInput,
  QuotaResult,
  Reason,
  ResultStatus,
  ResultView,
  ToleranceResult,
  WorkdaysInput,
  WorkdaysResult,
} from './rules.types';
import { AWARDS, GRADE_FLAGS, ROUNDING_LABELS } from './rules-labels';

const WHY_NOT = '为什么不行';
const BASIS = '依据与理由';
const yesNo = (value: boolean) => (value ? '是' : '否');
const withWeekday = (date: string) => `${date}（${dayjs(date).format('dddd')}）`;

export function describeWorkdays(result: WorkdaysResult, input: WorkdaysInput): ResultView {
  const warning = result.provisional ? '暂定：计算涉及尚未发布节假日安排的年度，按周一至周五计算；安排发布后结果可能变化。' : undefined;
  const status: ResultStatus = result.provisional ? 'warning' : 'success';
  if ('days' in result) {
    const range = input.op === 'count' ? `${input.from} 至 ${input.to}，起止两日均计入` : '';
    return { status, title: `共 ${result.days} 个工作日`, subTitle: range, warning, facts: [], sections: [] };
  }
  const subTitle =
    input.op === 'add'
      ? `${input.from} 之后第 ${input.days} 个工作日（起算日当天不计）`
      : input.op === 'noticeEnd'
        ? `自 ${input.start} 起 ${input.days} 个工作日的公示期，最后一天`
        : '';
  return { status, title: withWeekday(result.date), subTitle, warning, facts: [], sections: [] };
}

const isMeasureReason = (reason: Reason) => (MEASURE_CODES as readonly string[]).includes(reason.code);

export function describePromotion(result: PromotionResult, input: PromotionInput): ResultView {
  const barEnd = result.permanent ? '永久' : result.untilLifted ? '停职检查解除后，日期待定' : (result.eligibleFrom ?? '无影响期');
  const facts = [
    { label: '审查日期', value: input.asOf },
    { label: '影响期结束', value: barEnd },
  ];
  if (result.eligible) {
    return {
      status: 'success',
      title: '可以提拔',
      subTitle: `${input.asOf} 没有阻止提拔或者进一步使用的因素`,
      facts,
      sections: [{ title: BASIS, reasons: [], empty: '审查日没有仍在影响期内的措施，也没有其他不得提拔的情形。' }],
    };
  }
  const whyNot = [{ title: WHY_NOT, whyNot: true, reasons: result.reasons }];
  if (result.permanent) return { status: 'error', title: '不得提拔', subTitle: '永久不得提拔或者进一步使用', facts, sections: whyNot };
  if (result.untilLifted) return { status: 'warning', title: '暂不可提拔', subTitle: '停职检查尚未解除，可提拔日期待定', facts, sections: whyNot };
  // eligibleFrom is only the end of the longest bar: an investigation or last year's grade has no end date, so the
  // date is promised only when the bars are all that block.
  const onlyBars = result.reasons.every(isMeasureReason);
  if (result.eligibleFrom && onlyBars) {
    return {
      status: 'warning',
      title: `暂不可提拔，最早 ${result.eligibleFrom} 可提拔`,
      subTitle: `影响期至 ${result.eligibleFrom} 结束`,
      facts,
      sections: whyNot,
    };
  }
  return { status: 'warning', title: '暂不可提拔', subTitle: '下列情形消除后方可提拔', facts, sections: whyNot };
}

const GRADE_OUTCOMES: Record<AnnualGradeResult['outcome'], { status: ResultStatus; title: string }> = {
  NONE: { status: 'success', title: '不受影响，可评定任何等次' },
  NOT_EXCELLENT: { status: 'warning', title: '不得评为优秀' },
  UNGRADED: { status: 'warning', title: '只写评语、不定等次' },
  DEFERRED: { status: 'warning', title: '暂不写评语、不定等次，待结案后补定' },
  INCOMPETENT: { status: 'error', title: '确定为不称职' },
  NOT_ASSESSED: { status: 'error', title: '不参加年度考核' },
};

export function describeAnnualGrade(result: AnnualGradeResult, input: AnnualGradeInput): ResultView {
  const { status, title } = GRADE_OUTCOMES[result.outcome];
  const allowed = result.allowedGrades.map((grade) => ANNUAL_GRADE_LABELS[grade]).join('、') || '不定等次';
  const none = result.outcome === 'NONE';
  return {
    status,
    title,
    subTitle: `${input.year} 年度考核`,
    facts: [
      { label: '可评定的等次', value: allowed },
      { label: '参加考核', value: yesNo(result.assessed) },
      { label: '写评语', value: yesNo(result.writeComment) },
    ],
    sections: [
      {
        title: none ? BASIS : WHY_NOT,
        whyNot: !none,
        reasons: result.reasons,
        note: result.reasons.length > 1 ? '从重到轻排列，最重的一项决定结果' : undefined,
        empty: '该年度没有影响考核等次的措施或情形。',
      },
    ],
  };
}

/** "0.15" → "15%", by the decimal digits the server applied (no float arithmetic). */
function asPercent(ratio: string): string {
  const decimal = parseDecimal(ratio);
  return decimal ? `${formatPercent(decimal)}%` : ratio;
}

export function describeQuota(result: QuotaResult, input: QuotaInput): ResultView {
  const facts = [
    { label: '参加考核人数', value: `${input.participants} 人` },
    { label: '采用比例', value: asPercent(result.ratio) },
    { label: '取整方式', value: ROUNDING_LABELS[result.rounding] },
  ];
  if (result.maxExcellent === null) {
    return {
      status: 'error',
      title: '比例不予采用',
      subTitle: '请按现行政策调整比例',
      facts,
      sections: [{ title: WHY_NOT, whyNot: true, reasons: result.reasons }],
    };
  }
  return {
    status: 'success',
    title: `优秀名额最多 ${result.maxExcellent} 人`,
    subTitle: `参加考核 ${input.participants} 人`,
    facts,
    sections: [{ title: BASIS, reasons: result.reasons }],
  };
}

const DECIDED_BY_PEOPLE = '本结果为系统建议，最终由集体研究决定；决定与建议不一致的，须书面说明理由。';

export function describeTolerance(result: ToleranceResult): ResultView {
  if (result.outcome === 'EXEMPT') {
    return { status: 'success', title: '建议免责', subTitle: DECIDED_BY_PEOPLE, facts: [], sections: [{ title: BASIS, reasons: result.reasons }] };
  }
  if (result.outcome === 'MITIGATE') {
    const isMitigation = (reason: Reason) => Object.hasOwn(TOLERANCE_MITIGATIONS, reason.code);
    return {
      status: 'warning',
      title: '建议从轻或减轻',
      subTitle: `由决定机关选择从轻或者减轻。${DECIDED_BY_PEOPLE}`,
      facts: [],
      sections: [
        { title: '从轻、减轻情节', reasons: result.reasons.filter(isMitigation) },
        { title: '为什么不能免责', whyNot: true, reasons: result.reasons.filter((reason) => !isMitigation(reason)) },
      ],
    };
  }
  return { status: 'error', title: '不予容错', subTitle: DECIDED_BY_PEOPLE, facts: [], sections: [{ title: WHY_NOT, whyNot: true, reasons: result.reasons }] };
}

export function describeClarification(result: ClarificationResult): ResultView {
  if (result.recommended) {
    return {
      status: 'success',
      title: '建议澄清正名',
      subTitle: '须经本机关主要负责人批准，只就失实部分澄清（谁核实、谁澄清）。',
      facts: [],
      sections: [{ title: BASIS, reasons: result.reasons }],
    };
  }
  return {
    status: 'warning',
    title: '不建议澄清正名',
    subTitle: '不符合澄清正名的条件，原因见下',
    facts: [],
    sections: [{ title: WHY_NOT, whyNot: true, reasons: result.reasons }],
  };
}

export function describeGradeConsequences(result: GradeConsequencesResult, _input: GradeConsequencesInput): ResultView {
  if (result.year === null) {
    return { status: 'info', title: '没有考核记录', facts: [], sections: [] };
  }
  const awards = result.awards.map((award) => AWARDS[award]);
  const flags = result.flags.map((flag) => GRADE_FLAGS[flag]);
  const status: ResultStatus = result.flags.some((flag) => flag !== 'ADMONISH')
    ? 'error'
    : flags.length > 0
      ? 'warning'
      : awards.length > 0
        ? 'success'
        : 'info';
  return {
    status,
    title: [...awards, ...flags].join('、') || '无奖励或处理',
    subTitle: `${result.year} 年度考核结果运用`,
    facts: [
      { label: '奖励', value: awards.join('、') || '无' },
      { label: '处理', value: flags.join('、') || '无' },
      { label: '称职及以上年数', value: `${result.qualifyingYears} 年（计入工资档次、级别和职级年限）` },
    ],
    sections: [{ title: BASIS, reasons: result.reasons, empty: `${result.year} 年度没有奖励或处理。` }],
  };
}
