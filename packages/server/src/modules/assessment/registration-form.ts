import type { Document, Paragraph } from 'docx';
import {
  FONT_SIZES,
  formCell,
  formRow,
  formTable,
  OFFICIAL_FONTS,
  officialDocument,
  officialSections,
  packDocument,
  paragraph,
  paragraphs,
  titleParagraphs,
} from '../../platform/word/official';

/*
 * 公务员年度考核登记表 (issue 5 "Results that drive things"): one cadre's annual result on the form the organization
 * department files in the personnel record. The layout follows the printed form: the basic facts, a tall box for the
 * cadre's own summary written by hand, then the opinions of the supervisor, of the department's head or the assessment
 * committee, and of the cadre, and the note for a grade left undecided. Everything here is text already worded;
 * registration.service.ts gathers and words it.
 */

/** What the cadre said about the result in the system. */
export type SelfOpinion = { kind: 'CONFIRMED'; on: string } | { kind: 'APPEALED'; appeal: string; answer: string } | { kind: 'NONE' };

export interface RegistrationFormData {
  year: number;
  /** 填表单位: the cadre's unit in the cycle. */
  unitName: string;
  name: string;
  gender: string;
  /** YYYY.MM */
  birthMonth: string;
  politicalStatus: string;
  education: string;
  /** 任现职时间, YYYY.MM or '' when unknown. */
  postSince: string;
  unitAndPost: string;
  comment: string;
  proposedGrade: string;
  decidedGrade: string;
  score: string;
  selfOpinion: SelfOpinion;
  /** Why no grade was decided; '' for a graded cadre. */
  notGradedNote: string;
}

const SIGNATURE = '签名：　　　年　月　日';
const SEAL = '签名（盖章）：　　　年　月　日';

// Label, value, label, value, label, value, in twips summing to the official page's text width (8845): wide enough
// for the longest label (单位及职务) and value (中共预备党员, 博士研究生) of a column on one line in 四号.
const COLUMNS = [1520, 1800, 1240, 1520, 1520, 1245];
const VALUE_SPAN = COLUMNS.length - 1;

const text = (value: string, align: 'left' | 'right' = 'left') => paragraphs(value, { size: FONT_SIZES.no4, align: align === 'left' ? 'justify' : 'right' });
const indented = (value: string) => paragraphs(value, { size: FONT_SIZES.no4, firstLineChars: 2 });
const blank = () => paragraph('', { size: FONT_SIZES.no4 });
/** A signature line at the right, with blank lines above it to sign in. */
const signature = (line: string) => [blank(), blank(), paragraph(line, { size: FONT_SIZES.no4, align: 'right' })];

function supervisorOpinion(data: RegistrationFormData): Paragraph[] {
  return [...(data.comment ? indented(data.comment) : [blank()]), ...text(`考核等次建议：${data.proposedGrade}`), ...signature(SIGNATURE)];
}

function committeeOpinion(data: RegistrationFormData): Paragraph[] {
  const score = data.score ? `；得分：${data.score}` : '';
  return [...text(`确定等次：${data.decidedGrade}${score}`), ...signature(SEAL)];
}

function selfOpinion(opinion: SelfOpinion): Paragraph[] {
  switch (opinion.kind) {
    case 'CONFIRMED':
      return [...text('已确认。'), ...text(`确认日期：${opinion.on}`, 'right')];
    case 'APPEALED':
      return [...text(`申请复核：${opinion.appeal}`), ...text(`复核答复：${opinion.answer}`)];
    case 'NONE':
      return signature(SIGNATURE);
  }
}

/** A row of a label and one wide value, at least `minHeightMm` tall, its text starting at the top. */
const wideRow = (label: string, value: Paragraph[], minHeightMm: number) =>
  formRow([formCell(label), formCell(value, { span: VALUE_SPAN, align: 'top' })], minHeightMm);

/** The form's title, unit line and table, as one section of a document. */
function registrationContent(data: RegistrationFormData) {
  const table = formTable(COLUMNS, [
    formRow([formCell('姓名'), formCell(data.name), formCell('性别'), formCell(data.gender), formCell('出生年月'), formCell(data.birthMonth)]),
    formRow([
      formCell('政治面貌'),
      formCell(data.politicalStatus),
      formCell('文化程度'),
      formCell(data.education),
      formCell('任现职时间'),
      formCell(data.postSince),
    ]),
    formRow([formCell('单位及职务'), formCell(text(data.unitAndPost), { span: VALUE_SPAN })]),
    // The summary is written by hand on the printed form: the box fills the rest of the first page (with room to
    // spare for a title set taller by another machine's fonts), and the opinions take the second.
    wideRow('个人总结', [paragraph('（本人填写，可另附页）', { size: FONT_SIZES.smallNo4, color: '808080' })], 135),
    wideRow('主管领导评语和考核等次建议', supervisorOpinion(data), 70),
    wideRow('机关负责人或考核委员会意见', committeeOpinion(data), 50),
    wideRow('本人意见', selfOpinion(data.selfOpinion), 45),
    wideRow('未确定等次或不参加考核的情况说明', text(data.notGradedNote || '无'), 40),
  ]);
  return [
    ...titleParagraphs('公务员年度考核登记表', [`（${data.year}年度）`]),
    paragraph(`填表单位：${data.unitName}`, { font: OFFICIAL_FONTS.body, size: FONT_SIZES.no4, align: 'left', after: 4 }),
    table,
  ];
}

export function registrationForm(data: RegistrationFormData): Document {
  return officialDocument(`公务员年度考核登记表（${data.year}年度）`, registrationContent(data));
}

export const registrationDocx = (data: RegistrationFormData): Promise<Buffer> => packDocument(registrationForm(data));

/** Many cadres' forms in one document, each on its own pages, to print a unit's forms at once. */
export const registrationsDocx = (year: number, forms: readonly RegistrationFormData[]): Promise<Buffer> =>
  packDocument(officialSections(`公务员年度考核登记表（${year}年度）`, forms.map(registrationContent)));
