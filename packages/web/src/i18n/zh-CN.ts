/**
 * User-facing strings reused by more than one page. Strings used once stay beside their component, where they are
 * easier to read in context.
 */
import type { DataScope, RoleCode } from '@dandang/shared/org/permissions';

export const APP_NAME = '担当';
export const APP_SUBTITLE = '激励干部担当作为工作平台';

export const SCOPE_LABELS: Record<DataScope, string> = {
  all: '全部',
  unit_subtree: '本单位及下级',
  unit: '本单位',
  self: '仅本人',
  assigned: '经办案件',
};

export const ROLE_LABELS: Record<RoleCode, string> = {
  sys_admin: '系统管理员',
  org_dept: '组织部',
  discipline: '纪委监委',
  unit_admin: '单位管理员',
  unit_leader: '单位主要负责人',
  cadre: '干部本人',
};

/** Permission groups of `PERMISSIONS[code].group`; an unknown group falls back to its code. */
export const PERMISSION_GROUP_LABELS: Record<string, string> = {
  org: '组织机构',
  system: '系统管理',
  cadres: '干部管理',
  assessment: '考核评价',
  tolerance: '容错纠错',
  accountability: '问责统筹与能上能下',
  complaints: '检举控告与澄清正名',
  visits: '回访教育与关心关爱',
  rules: '政策规则',
};

export const T = {
  save: '保存',
  cancel: '取消',
  confirm: '确定',
  edit: '编辑',
  create: '新增',
  delete: '删除',
  reload: '刷新',
  search: '查询',
  reset: '重置',
  actions: '操作',
  exportExcel: '导出Excel',
  yes: '是',
  no: '否',
  saved: '已保存',
  deleted: '已删除',
  backHome: '返回工作台',
  loading: '加载中…',
  loadFailed: '数据加载失败',
  conflictTitle: '数据已被他人修改',
  conflict: '数据已被他人修改，请刷新后重试',
  networkError: '无法连接服务器，请检查网络后重试',
  unknownError: '操作失败，请稍后重试',
  forbidden: '无权访问',
  forbiddenHint: '您没有访问此页面的权限，如需开通请联系系统管理员。',
  notFound: '页面不存在',
  notFoundHint: '您访问的页面不存在或已被移除。',
  changePassword: '修改密码',
  logout: '退出登录',
  logoutAll: '退出所有设备',
  logoutAllConfirm: '将结束您在所有设备上的登录状态，确定继续吗？',
  unit: '单位',
  keyword: '关键词',
  passwordRules: ['至少 10 个字符', '包含小写字母、大写字母、数字、符号中的至少三类', '不能包含用户名'],
} as const;

/** Preset tag colours offered for dictionary items (antd Tag presets). */
export const TAG_COLORS: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'red', label: '红' },
  { value: 'volcano', label: '火山' },
  { value: 'orange', label: '橙' },
  { value: 'gold', label: '金' },
  { value: 'green', label: '绿' },
  { value: 'cyan', label: '青' },
  { value: 'blue', label: '蓝' },
  { value: 'geekblue', label: '深蓝' },
  { value: 'purple', label: '紫' },
  { value: 'magenta', label: '洋红' },
];
