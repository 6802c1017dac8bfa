import type { SubmissionKind } from '@dandang/shared/participation/participation.codes';
/**
 * The demo county: a unit tree like a real county's (party departments, government bureaus, townships,
 * institutions, a state-owned enterprise), and the name material for cadres.
 */
export interface DemoUnit {
  code: string;
  name: string;
  type: string;
  children?: DemoUnit[];
}

const bureau = (code: string, name: string, children?: DemoUnit[]): DemoUnit => ({ code, name, type: 'government', children });
const party = (code: string, name: string): DemoUnit => ({ code, name, type: 'party_committee' });
const town = (code: string, name: string, type = 'township', children?: DemoUnit[]): DemoUnit => ({ code, name, type, children });

export const DEMO_COUNTY: DemoUnit = {
  code: 'SFX',
  name: '示范县',
  type: 'other',
  children: [
    party('SFX-XWB', '中共示范县委办公室'),
    party('SFX-ZZB', '中共示范县委组织部'),
    party('SFX-XCB', '中共示范县委宣传部'),
    party('SFX-TZB', '中共示范县委统战部'),
    { code: 'SFX-ZFW', name: '中共示范县委政法委员会', type: 'judicial' },
    { code: 'SFX-JW', name: '示范县纪委监委', type: 'judicial' },
    bureau('SFX-ZFB', '示范县人民政府办公室'),
    bureau('SFX-FGJ', '示范县发展和改革局'),
    bureau('SFX-CZJ', '示范县财政局'),
    bureau('SFX-JYJ', '示范县教育局', [
      { code: 'SFX-YZ', name: '示范县第一中学', type: 'institution' },
      { code: 'SFX-SX', name: '示范县实验小学', type: 'institution' },
    ]),
    bureau('SFX-GAJ', '示范县公安局'),
    bureau('SFX-MZJ', '示范县民政局'),
    bureau('SFX-RSJ', '示范县人力资源和社会保障局'),
    bureau('SFX-ZRJ', '示范县自然资源局'),
    bureau('SFX-ZJJ', '示范县住房和城乡建设局'),
    bureau('SFX-JTJ', '示范县交通运输局'),
    bureau('SFX-SLJ', '示范县水利局'),
    bureau('SFX-NYJ', '示范县农业农村局'),
    bureau('SFX-SWJ', '示范县商务局'),
    bureau('SFX-WLJ', '示范县文化和旅游局'),
    bureau('SFX-WJW', '示范县卫生健康委员会', [{ code: 'SFX-RMYY', name: '示范县人民医院', type: 'institution' }]),
    bureau('SFX-YJJ', '示范县应急管理局'),
    bureau('SFX-SJJ', '示范县市场监督管理局'),
    bureau('SFX-SHJ', '示范县审计局'),
    bureau('SFX-TJJ', '示范县统计局'),
    town('SFX-CGZ', '城关镇', 'township', [{ code: 'SFX-CGZ-BM', name: '城关镇便民服务中心', type: 'institution' }]),
    town('SFX-QSZ', '青山镇'),
    town('SFX-HKZ', '河口镇'),
    town('SFX-SQZ', '石桥镇'),
    town('SFX-LLX', '柳林乡'),
    town('SFX-YZX', '杨庄乡'),
    town('SFX-BSX', '白沙乡'),
    town('SFX-DHJD', '东湖街道', 'street'),
    { code: 'SFX-RMT', name: '示范县融媒体中心', type: 'institution' },
    { code: 'SFX-CTJT', name: '示范县城市建设投资集团有限公司', type: 'soe' },
    { code: 'SFX-GQT', name: '共青团示范县委员会', type: 'people_org' },
  ],
};

export const SURNAMES =
  '王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤'.split(
    ' ',
  );
export const GIVEN_MALE =
  '伟 强 磊 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 鑫 波 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 阳 建国 建华 志强 志明 海涛 晓东 文博 俊杰 子豪 振华 国强 永刚 立新 卫东 晨阳'.split(
    ' ',
  );
export const GIVEN_FEMALE =
  '芳 娜 敏 静 丽 艳 娟 霞 燕 玲 婷 雪 慧 莹 洁 琳 颖 倩 晶 红 梅 兰 萍 琴 悦 欣怡 雅琪 晓燕 春梅 秀英 海燕 丽华 思雨 佳怡 文静 婉清'.split(' ');

/** Posts by unit type, heads first; the first entries are few per unit, the last many. */
export const POSTS: Record<string, Array<readonly [string, string, number]>> = {
  government: [
    ['局长', 'township_principal', 1],
    ['副局长', 'township_deputy', 3],
    ['股长', 'principal_clerk_3', 6],
    ['一级主任科员', 'principal_clerk_1', 4],
    ['科员', 'clerk_1', 10],
  ],
  party_committee: [
    ['部长', 'county_deputy', 1],
    ['副部长', 'township_principal', 3],
    ['科长', 'principal_clerk_2', 5],
    ['二级调研员', 'researcher_2', 2],
    ['科员', 'clerk_1', 9],
  ],
  judicial: [
    ['主任', 'township_principal', 1],
    ['副主任', 'township_deputy', 3],
    ['科长', 'principal_clerk_2', 5],
    ['科员', 'clerk_1', 10],
  ],
  township: [
    ['党委书记', 'township_principal', 1],
    ['镇长', 'township_principal', 1],
    ['党委副书记', 'township_deputy', 2],
    ['副镇长', 'township_deputy', 3],
    ['站所长', 'principal_clerk_3', 6],
    ['科员', 'clerk_1', 12],
  ],
  street: [
    ['党工委书记', 'township_principal', 1],
    ['办事处主任', 'township_principal', 1],
    ['副主任', 'township_deputy', 3],
    ['科员', 'clerk_1', 12],
  ],
  institution: [
    ['主任', 'township_deputy', 1],
    ['副主任', 'principal_clerk_2', 2],
    ['科室负责人', 'principal_clerk_4', 5],
    ['工作人员', 'clerk_2', 12],
  ],
  soe: [
    ['董事长', 'township_principal', 1],
    ['总经理', 'township_deputy', 1],
    ['副总经理', 'principal_clerk_2', 3],
    ['部门经理', 'principal_clerk_4', 6],
    ['职员', 'clerk_2', 10],
  ],
  people_org: [
    ['书记', 'township_principal', 1],
    ['副书记', 'township_deputy', 2],
    ['干事', 'clerk_1', 6],
  ],
  other: [
    ['县委书记', 'county_principal', 1],
    ['县长', 'county_principal', 1],
    ['副县长', 'county_deputy', 4],
  ],
};

export const EDUCATION_WEIGHTS = [
  ['11', 2],
  ['14', 18],
  ['21', 55],
  ['31', 20],
  ['41', 4],
  ['61', 1],
] as const;
export const POLITICAL_WEIGHTS = [
  ['01', 82],
  ['02', 3],
  ['03', 5],
  ['05', 2],
  ['06', 1],
  ['10', 1],
  ['12', 1],
  ['13', 5],
] as const;

/**
 * The demo county's 金点子 and 企业诉求 categories and the unit that answers each (by unit code), so the public page
 * has something to choose from on a fresh demo.
 */
export const DEMO_PARTICIPATION_CATEGORIES: ReadonlyArray<{ kind: SubmissionKind; name: string; unitCode: string }> = [
  { kind: 'IDEA', name: '教育发展', unitCode: 'SFX-JYJ' },
  { kind: 'IDEA', name: '城乡建设与交通', unitCode: 'SFX-ZJJ' },
  { kind: 'IDEA', name: '乡村振兴', unitCode: 'SFX-NYJ' },
  { kind: 'IDEA', name: '文化旅游', unitCode: 'SFX-WLJ' },
  { kind: 'APPEAL', name: '政务服务与审批', unitCode: 'SFX-FGJ' },
  { kind: 'APPEAL', name: '市场准入与监管', unitCode: 'SFX-SJJ' },
  { kind: 'APPEAL', name: '用工与社保', unitCode: 'SFX-RSJ' },
  { kind: 'APPEAL', name: '税费与资金支持', unitCode: 'SFX-CZJ' },
];
