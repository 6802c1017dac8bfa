import { describe, expect, it } from 'vitest';
import { documentNumbers } from './identifying-patterns';
import { isPersonName, personAliases } from './person-names';
import { describeFindings, findIdentifying, findIdentifyingIn, type KnownIdentifiers, redactFields, redactText } from './redaction.rules';
import { genericUnitName, looksLikeUnit, unitVariants } from './unit-names';

/*
 * DOMAIN.md §6 last line: "Typical cases may be published in redacted form". Who and which unit it was must not be
 * recognizable; what happened, what was decided and why stays readable.
 */

describe('people become 姓+某', () => {
  const rows: Array<[string, string]> = [
    ['张明', '张某'],
    ['王建国', '王某'],
    ['欧阳明', '欧阳某'],
    ['司马相如', '司马某'],
    ['张书记', '张某'],
    ['买买提·艾力', '买某'],
  ];
  it.each(rows)('%s → %s', (name, alias) => {
    expect(personAliases([name]).get(name)).toBe(alias);
  });

  it('a second person of the same surname is 张某某, so the reader can tell them apart; the first named keeps 张某', () => {
    expect([...personAliases(['张明', '李华', '张强', '张明'])]).toEqual([
      ['张明', '张某'],
      ['李华', '李某'],
      ['张强', '张某某'],
    ]);
  });

  const names: Array<[string, boolean]> = [
    ['甲一', true],
    ['李副书记', true],
    ['教育局 联络员', false],
    ['测试用户12', false],
    ['张某', false],
    ['张', false],
  ];
  it.each(names)('%s looks like a person’s name: %s', (text, expected) => {
    expect(isPersonName(text)).toBe(expected);
  });
});

describe('units keep their kind, not their name', () => {
  const rows: Array<[string, string]> = [
    ['县教育局', '某局'],
    ['示范县教育局', '某局'],
    ['城关镇人民政府', '某镇政府'],
    ['城关镇政府', '某镇政府'],
    ['实验学校', '某学校'],
    ['某某学校', '某学校'],
    ['示范县第一中学', '某中学'],
    ['示范县实验小学', '某小学'],
    ['示范县人民医院', '某医院'],
    ['青山镇卫生院', '某卫生院'],
    ['示范县城市建设投资集团有限公司', '某公司'],
    ['示范县卫生健康委员会', '某委员会'],
    ['示范县人民政府办公室', '某办公室'],
    ['城关镇便民服务中心', '某中心'],
    ['东湖街道办事处', '某街道办事处'],
    ['东湖街道', '某街道'],
    ['柳林乡', '某乡'],
    ['大王庄村村民委员会', '某村委会'],
    ['城关派出所', '某所'],
    ['甲局党组', '某局党组'],
    ['青山镇党委', '某镇党委'],
    ['示范县融媒体', '某单位'],
  ];
  it.each(rows)('%s → %s', (name, generic) => {
    expect(genericUnitName(name)).toBe(generic);
  });

  it('are also known by the short forms running text uses', () => {
    expect(unitVariants('示范县教育局', '示范县').sort()).toEqual(['县教育局', '教育局', '示范县教育局'].sort());
    expect(unitVariants('城关镇人民政府').sort()).toEqual(['城关镇', '城关镇人民政府', '城关镇政府'].sort());
    expect(unitVariants('中共示范县委组织部', '示范县')).toContain('县委组织部');
  });

  it('a bare kind is not a name: 局 and 中学 alone would match ordinary words', () => {
    expect(unitVariants('局')).toEqual([]);
    expect(unitVariants('示范县中学', '示范县')).toEqual(['示范县中学']);
  });

  it.each([
    ['甲局党组', true],
    ['城关镇', true],
    ['甲一', false],
  ])('%s reads as a unit: %s', (text, expected) => {
    expect(looksLikeUnit(text)).toBe(expected);
  });
});

const known: KnownIdentifiers = { people: ['张明', '欧阳丽', '王书记'], units: ['示范县教育局', '城关镇人民政府'], jurisdiction: '示范县' };

describe('redactText', () => {
  const rows: Array<[string, string, string]> = [
    ['a known name', '张明在推进项目中先行先试', '张某在推进项目中先行先试'],
    ['a compound surname', '欧阳丽配合调查', '欧阳某配合调查'],
    ['an attendee by title', '王书记主持会议', '王某主持会议'],
    ['the unit in full and in short', '示范县教育局（县教育局、教育局）', '某局（某局、某局）'],
    ['a township government by its township', '城关镇人民政府与城关镇', '某镇政府与某镇'],
    ['an ID number', '身份证号11010119900307123X，', '身份证号××××××××××××××××××，'],
    ['a mobile number', '电话13812345678。', '电话×××××××××××。'],
    ['a document number keeps its year', '依据县纪〔2026〕3号文件', '依据××〔2026〕×号文件'],
    ['a case number', '容〔2026〕12号案件', '××〔2026〕×号案件'],
    ['a date with spaces', '2026 年 6 月 15 日发生', '2026年6月发生'],
    ['a numeric date', '于2026-06-15召开', '于2026年6月召开'],
    ['a month and day', '6月15日上午', '6月上午'],
    ['a year and month stays', '2026年6月在推进', '2026年6月在推进'],
    ['a longer number is not a phone', '编号138123456789', '编号138123456789'],
  ];
  it.each(rows)('%s', (_what, text, expected) => {
    expect(redactText(text, known).text).toBe(expected);
  });

  it('says what it replaced, how often, with what', () => {
    const { replacements } = redactText('张明、张明与教育局，2026年6月15日，13812345678', known);
    expect(replacements).toEqual([
      { kind: 'PERSON', original: '张明', replacement: '张某', count: 2 },
      { kind: 'UNIT', original: '教育局', replacement: '某局', count: 1 },
      { kind: 'MOBILE', original: '13812345678', replacement: '×××××××××××', count: 1 },
      { kind: 'DATE', original: '2026年6月15日', replacement: '2026年6月', count: 1 },
    ]);
  });

  it('redacts several fields alike and adds up what it replaced', () => {
    const { fields, replacements } = redactFields({ title: '张明案', body: '张明与王书记' }, known);
    expect(fields).toEqual({ title: '张某案', body: '张某与王某' });
    expect(replacements.find((r) => r.original === '张明')?.count).toBe(2);
  });

  it('leaves nothing identifying behind', () => {
    const text = '张明（示范县教育局）于2026年6月15日依据县纪〔2026〕3号处理，电话13812345678';
    expect(findIdentifying(redactText(text, known).text, known)).toEqual([]);
  });
});

describe('findIdentifying', () => {
  it('names each known name and unit left, the longest form only', () => {
    expect(findIdentifying('张明在示范县教育局', known)).toEqual([
      { kind: 'UNIT', text: '示范县教育局', blocking: true },
      { kind: 'PERSON', text: '张明', blocking: true },
    ]);
  });

  it('blocks ID and mobile numbers; a document number or an exact date is a warning', () => {
    const found = findIdentifying('110101199003071234 13812345678 县纪〔2026〕3号 2026年6月15日', known);
    expect(found.map((f) => [f.kind, f.blocking])).toEqual([
      ['ID_NUMBER', true],
      ['MOBILE', true],
      ['DOCUMENT_NUMBER', false],
      ['DATE', false],
    ]);
  });

  it('names the field and says it in one sentence', () => {
    const found = findIdentifyingIn({ title: '张某案', facts: '张明在教育局' }, known);
    expect(describeFindings(found, { title: '标题', facts: '基本案情' })).toBe('基本案情含单位名称“教育局”；基本案情含姓名“张明”');
  });
});

describe('colleagues the case does not name', () => {
  const withColleagues: KnownIdentifiers = { ...known, colleagues: ['张强', '高峰'] };

  it('are replaced after the case’s own people, so the subject stays 张某', () => {
    expect(redactText('张强协助张明', withColleagues).text).toBe('张某某协助张某');
  });

  it('left in, are a warning only: a two-character name may be an ordinary word', () => {
    expect(findIdentifying('高峰期间，张强在场', withColleagues)).toEqual([
      { kind: 'PERSON', text: '张强', blocking: false },
      { kind: 'PERSON', text: '高峰', blocking: false },
    ]);
  });
});

describe('document numbers', () => {
  it.each([
    ['示政发[2025]第8号', '示政发[2025]第8号'],
    ['根据县纪〔2026〕3号', '县纪〔2026〕3号'],
    ['（〔2026〕5号）', '〔2026〕5号'],
  ])('%s → %s', (text, expected) => {
    expect(documentNumbers(text).map((s) => s.text)).toEqual([expected]);
  });
});
