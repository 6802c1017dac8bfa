import type { LoginLog, LoginResult } from './audit.types';

export const LOGIN_RESULT_LABELS: Record<LoginResult, { text: string; color: string }> = {
  success: { text: '成功', color: 'green' },
  bad_password: { text: '密码错误', color: 'orange' },
  locked: { text: '账号锁定', color: 'red' },
  unknown_user: { text: '用户不存在', color: 'volcano' },
  disabled: { text: '账号停用', color: 'default' },
};

export const LOGIN_EVENT_LABELS: Record<LoginLog['event'], string> = { login: '登录', logout: '退出' };

/** ProTable's valueEnum for the result filter. */
export const LOGIN_RESULT_ENUM = Object.fromEntries(Object.entries(LOGIN_RESULT_LABELS).map(([key, { text }]) => [key, { text }]));

/**
 * Chinese names of the audited actions and record types, as a reader of the log says them. A code not listed here
 * (a newer action) is shown as it is.
 */
export const ACTION_LABELS: Record<string, string> = {
  'seed.demo': '载入演示数据',
  'role.seed': '初始化角色',
  'role.grants': '设置角色权限',
  'dictionary.seed': '初始化数据字典',
  'dictionary.update': '修改数据字典',
  'calendar.seed_year': '载入年度节假日',
  'calendar.add_year': '新增日历年度',
  'calendar.set_day': '设置节假日/调休',
  'policy.seed': '初始化政策',
  'policy.clone': '复制为新草稿',
  'policy.update': '修改政策草稿',
  'policy.activate': '启用政策',
  'unit.create': '新增单位',
  'unit.update': '修改单位',
  'unit.move': '移动单位',
  'unit.delete': '删除单位',
  'user.create': '新增用户',
  'user.update': '修改用户',
  'user.reset_password': '重置密码',
  'user.change_password': '修改密码',
  'cadre.create': '新增干部',
  'cadre.update': '修改干部信息',
  'cadre.read_id_number': '查看身份证号',
  'cadre_post.create': '新增任职经历',
  'cadre_post.update': '修改任职经历',
  'cadre_post.delete': '删除任职经历',
  'measure.record': '登记处理处分措施',
  'measure.lift': '解除措施',
  'measure.revoke': '撤销措施',
  'role.grant_new_permissions': '授予新增权限',
  'cadre.export': '导出干部名册',
  'cadre.import': '导入干部名册',
  'grade.create': '登记年度考核等次',
  'grade.update': '更正年度考核等次',
  'saved_filter.create': '保存常用查询',
  'saved_filter.delete': '删除常用查询',
  'supervision.create': '登记监督记录',
  'supervision.update': '修改监督记录',
  'supervision.revoke': '撤销监督记录',
  'talent_pool.create': '新建人才库',
  'talent_pool.update': '修改人才库',
  'talent_pool.delete': '删除人才库',
  'talent_pool.nominate': '推荐入库',
  'talent_pool.approve': '批准入库',
  'talent_pool.reject': '不同意入库',
  'talent_pool.exit': '出库',
  'talent_pool.exit_by_rule': '按规则出库',
  'indicator.create': '新增考核指标',
  'indicator.update': '修改考核指标',
  'indicator.retire': '停用考核指标',
  'indicator.restore': '恢复考核指标',
  'scheme.create': '新增考核方案',
  'scheme.update': '修改考核方案',
  'scheme.delete': '删除考核方案',
  'cycle.create': '新建考核周期',
  'cycle.advance': '推进考核阶段',
  'cycle.recompute_scores': '重新计算得分',
  'cycle.delete': '删除考核周期',
  'ballot_session.create': '组织民主测评',
  'ballot_session.close': '结束民主测评',
  'assessment_result.score': '录入考核评分',
  'assessment_result.grade': '调整考核等次',
  'assessment_result.confirm': '确认考核结果',
  'assessment_result.appeal': '申请复核',
  'assessment_result.answer_appeal': '答复复核申请',
  'objection.create': '登记公示反映',
  'objection.resolve': '办结公示反映',
};

export const ENTITY_LABELS: Record<string, string> = {
  jurisdiction: '地区',
  unit: '单位',
  user: '用户',
  role: '角色',
  dictionary: '数据字典',
  calendar_year: '日历年度',
  calendar_day: '日历日期',
  policy: '政策版本',
  cadre: '干部',
  cadre_post: '任职经历',
  measure: '处理处分措施',
  annual_grade: '年度考核等次',
  cadre_import: '干部名册导入',
  saved_filter: '常用查询',
  supervision_record: '监督记录',
  talent_pool: '优秀年轻干部库',
  talent_pool_member: '人才库成员',
  indicator: '考核指标',
  scheme: '考核方案',
  assessment_cycle: '考核周期',
  ballot_session: '民主测评',
  assessment_result: '考核结果',
  assessment_objection: '公示反映',
};

const toValueEnum = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([key, text]) => [key, { text }]));

/** ProTable's valueEnum for the action and record-type filters: pick a name, the code goes to the server. */
export const ACTION_ENUM = toValueEnum(ACTION_LABELS);
export const ENTITY_ENUM = toValueEnum(ENTITY_LABELS);
