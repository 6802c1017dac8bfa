/**
 * Shipped code lists. Codes follow the national standards where one exists (GB/T 2261.1 gender, GB 3304 ethnicity,
 * GB/T 4658 education, GB/T 4762 political status); the rank and unit-type lists follow the 公务员职务与职级并行规定.
 */
type Item = [value: string, label: string, color?: string];

const ETHNICITIES =
  '汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族'.split(
    ' ',
  );

export const SHIPPED_DICTIONARIES: Array<{ code: string; name: string; items: Item[] }> = [
  {
    code: 'gender',
    name: '性别',
    items: [
      ['1', '男', 'blue'],
      ['2', '女', 'magenta'],
    ],
  },
  { code: 'ethnicity', name: '民族', items: ETHNICITIES.map((label, i) => [String(i + 1).padStart(2, '0'), label]) },
  {
    code: 'education',
    name: '学历',
    items: [
      ['11', '博士研究生'],
      ['14', '硕士研究生'],
      ['21', '大学本科'],
      ['31', '大学专科'],
      ['41', '中等专科'],
      ['61', '普通高中'],
      ['71', '初中及以下'],
    ],
  },
  {
    code: 'political_status',
    name: '政治面貌',
    items: [
      ['01', '中共党员', 'red'],
      ['02', '中共预备党员', 'volcano'],
      ['03', '共青团员', 'green'],
      ['04', '民革党员'],
      ['05', '民盟盟员'],
      ['06', '民建会员'],
      ['07', '民进会员'],
      ['08', '农工党党员'],
      ['09', '致公党党员'],
      ['10', '九三学社社员'],
      ['11', '台盟盟员'],
      ['12', '无党派人士'],
      ['13', '群众'],
    ],
  },
  {
    code: 'rank_level',
    name: '职务职级',
    items: [
      ['county_principal', '县处级正职', 'gold'],
      ['county_deputy', '县处级副职', 'gold'],
      ['township_principal', '乡科级正职', 'cyan'],
      ['township_deputy', '乡科级副职', 'cyan'],
      ['researcher_1', '一级调研员'],
      ['researcher_2', '二级调研员'],
      ['researcher_3', '三级调研员'],
      ['researcher_4', '四级调研员'],
      ['principal_clerk_1', '一级主任科员'],
      ['principal_clerk_2', '二级主任科员'],
      ['principal_clerk_3', '三级主任科员'],
      ['principal_clerk_4', '四级主任科员'],
      ['clerk_1', '一级科员'],
      ['clerk_2', '二级科员'],
    ],
  },
  {
    code: 'unit_type',
    name: '单位类型',
    items: [
      ['party_committee', '党委及其部门', 'red'],
      ['government', '政府部门', 'blue'],
      ['people_congress', '人大政协机关'],
      ['judicial', '政法机关'],
      ['township', '乡镇', 'green'],
      ['street', '街道', 'green'],
      ['institution', '事业单位', 'purple'],
      ['soe', '国有企业', 'orange'],
      ['people_org', '群团组织'],
      ['other', '其他'],
    ],
  },
];
