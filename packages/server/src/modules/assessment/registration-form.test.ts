import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { type RegistrationFormData, registrationDocx } from './registration-form';

const base: RegistrationFormData = {
  year: 2026,
  unitName: '县发展和改革局',
  name: '赵敏',
  gender: '女',
  birthMonth: '1990.03',
  politicalStatus: '中共党员',
  education: '大学本科',
  postSince: '',
  unitAndPost: '县发展和改革局一级科员',
  comment: '全年履职尽责。\n作风扎实。',
  proposedGrade: '只写评语、不定等次',
  decidedGrade: '只写评语、不定等次',
  score: '',
  selfOpinion: { kind: 'NONE' },
  notGradedNote: '',
};

/** The texts of the paragraphs of the cell that follows the label `label`, in the order Word shows them. */
async function cellAfter(data: RegistrationFormData, label: string): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(await registrationDocx(data))).file('word/document.xml')?.async('string')) ?? '';
  const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((p) => (p[1] ?? '').replace(/<[^>]+>/g, '')),
  );
  const at = cells.findIndex((c) => c.join('') === label);
  return cells[at + 1] ?? [];
}

describe('registration form (公务员年度考核登记表)', () => {
  it('keeps a comment’s lines as paragraphs and proposes the grade under it', async () => {
    expect(await cellAfter(base, '主管领导评语和考核等次建议')).toEqual([
      '全年履职尽责。',
      '作风扎实。',
      '考核等次建议：只写评语、不定等次',
      '',
      '',
      '签名：　　　年　月　日',
    ]);
  });

  it('leaves the cadre’s opinion to be signed when they did not answer in the system', async () => {
    expect(await cellAfter(base, '本人意见')).toEqual(['', '', '签名：　　　年　月　日']);
  });

  it('prints an appeal with its answer, and the reasons a grade was not decided', async () => {
    const data: RegistrationFormData = {
      ...base,
      selfOpinion: { kind: 'APPEALED', appeal: '本人任务已按期完成，请求复核', answer: '复核申请不成立。经复核维持原等次' },
      notGradedNote: '只写评语、不定等次。\n记过（2026-01-20 生效）：2026 年度只写评语、不定等次',
    };
    expect(await cellAfter(data, '本人意见')).toEqual(['申请复核：本人任务已按期完成，请求复核', '复核答复：复核申请不成立。经复核维持原等次']);
    expect(await cellAfter(data, '未确定等次或不参加考核的情况说明')).toEqual(['只写评语、不定等次。', '记过（2026-01-20 生效）：2026 年度只写评语、不定等次']);
    expect(await cellAfter(data, '机关负责人或考核委员会意见')).toEqual(['确定等次：只写评语、不定等次', '', '', '签名（盖章）：　　　年　月　日']);
  });

  it('leaves 任现职时间 blank when the registry does not know it', async () => {
    expect(await cellAfter(base, '任现职时间')).toEqual(['']);
  });
});
