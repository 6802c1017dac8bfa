/**
 * Permission codes and data scopes (DOMAIN.md §1). A scope belongs to each grant of a permission, never to a role
 * as a whole: the same person may read every unit of the county but write only their own unit's cadres.
 */
export const DATA_SCOPES = ['all', 'unit_subtree', 'unit', 'self', 'assigned'] as const;
export type DataScope = (typeof DATA_SCOPES)[number];

/** Wider scopes first: when two roles grant the same permission the wider scope wins. */
export const SCOPE_WIDTH: Record<DataScope, number> = { all: 5, unit_subtree: 4, unit: 3, assigned: 2, self: 1 };

export const PERMISSIONS = {
  'org.unit.read': { group: 'org', label: '查看单位' },
  'org.unit.write': { group: 'org', label: '维护单位' },
  'org.user.read': { group: 'org', label: '查看用户' },
  'org.user.write': { group: 'org', label: '维护用户' },
  'org.role.read': { group: 'org', label: '查看角色' },
  'org.role.write': { group: 'org', label: '配置角色权限' },
  'dict.write': { group: 'system', label: '维护字典' },
  'calendar.write': { group: 'system', label: '维护工作日历' },
  'policy.read': { group: 'system', label: '查看政策配置' },
  'policy.write': { group: 'system', label: '维护政策配置' },
  'audit.read': { group: 'system', label: '查看操作与登录日志' },
  'cadre.read': { group: 'cadres', label: '查看干部' },
  'cadre.write': { group: 'cadres', label: '维护干部' },
  'cadre.id_number': { group: 'cadres', label: '查看完整身份证号' },
  'measure.read': { group: 'cadres', label: '查看处理处分措施' },
  'measure.write': { group: 'cadres', label: '登记和撤销处理处分措施' },
  'grade.read': { group: 'cadres', label: '查看年度考核等次' },
  'grade.write': { group: 'cadres', label: '登记和更正年度考核等次' },
  'supervision.read': { group: 'cadres', label: '查看监督记录（谈心谈话、提醒、函询、诫勉）' },
  'supervision.write': { group: 'cadres', label: '登记和撤销监督记录' },
  'talent_pool.read': { group: 'cadres', label: '查看优秀年轻干部库' },
  'talent_pool.nominate': { group: 'cadres', label: '推荐干部入库' },
  'talent_pool.write': { group: 'cadres', label: '维护人才库、审批入库与出库' },
  'assessment.read': { group: 'assessment', label: '查看指标库与考核方案' },
  'assessment.config': { group: 'assessment', label: '维护指标库、考核方案与考核周期' },
  'assessment.result.read': { group: 'assessment', label: '查看考核对象、得分与结果' },
  'assessment.score': { group: 'assessment', label: '录入考核评分与评语' },
  'assessment.grade': { group: 'assessment', label: '确定等次、处理公示反映与复核申请、发布结果' },
  'assessment.confirm': { group: 'assessment', label: '确认本人考核结果或申请复核' },
  'assessment.target.read': { group: 'assessment', label: '查看目标任务与进展' },
  'assessment.target.write': { group: 'assessment', label: '分解目标任务（新建、修改、导入）' },
  'assessment.progress': { group: 'assessment', label: '填报目标任务进展与佐证材料' },
  'assessment.progress.review': { group: 'assessment', label: '确认或退回目标任务进展' },
  'assessment.follow_up': { group: 'assessment', label: '办理考核结果运用事项（嘉奖、记功、诫勉、能上能下等）' },
  'tolerance.read': { group: 'tolerance', label: '查看容错纠错案件' },
  'tolerance.apply': { group: 'tolerance', label: '提出容错申请' },
  'tolerance.handle': { group: 'tolerance', label: '受理、调查、反馈、报备容错案件，制定纠错整改方案' },
  'tolerance.decide': { group: 'tolerance', label: '集体研究认定容错结果，审批延期' },
  'accountability.read': { group: 'accountability', label: '查看问责事项与问责案件' },
  'accountability.propose': { group: 'accountability', label: '登记问责事项，提出问责建议' },
  'accountability.decide': { group: 'accountability', label: '问责统筹研究与决定，答复申诉，纠正问责' },
  'adjustment.read': { group: 'accountability', label: '查看不担当不作为线索与能上能下调整' },
  'adjustment.handle': { group: 'accountability', label: '办理不担当不作为线索，作出能上能下调整' },
  'complaint.read': { group: 'complaints', label: '查看检举控告（不含检举人身份）' },
  'complaint.intake': { group: 'complaints', label: '登记检举控告' },
  'complaint.handle': { group: 'complaints', label: '分办、核查检举控告，作出核查结论，办理澄清正名' },
  'complaint.identity': { group: 'complaints', label: '查看检举控告人身份（每次查看留痕）' },
  'clarification.approve': { group: 'complaints', label: '审批澄清正名' },
  'clarification.consent': { group: 'complaints', label: '对本人的澄清正名表示同意或不同意' },
  'typical_case.read': { group: 'accountability', label: '阅读典型案例' },
  'typical_case.publish': { group: 'accountability', label: '编撰、审核、发布和撤回典型案例' },
  'visit.read': { group: 'visits', label: '查看回访计划、回访记录、覆盖面与关心关爱' },
  'visit.write': { group: 'visits', label: '登记回访记录与关心关爱记录' },
  'visit.flag': { group: 'visits', label: '提出关心关爱需求（本单位人员）' },
  'honor.read': { group: 'assessment', label: '查看评先评优活动、推荐人选与荣誉' },
  'honor.nominate': { group: 'assessment', label: '推荐本单位评先评优人选' },
  'honor.manage': { group: 'assessment', label: '组织评先评优：分配名额、审核、公示、处理异议、发布' },
  'participation.read': { group: 'assessment', label: '查看群众金点子与企业诉求' },
  'participation.handle': { group: 'assessment', label: '答复、采纳、奖励群众金点子与企业诉求，记录推进节点' },
  'participation.moderate': { group: 'assessment', label: '屏蔽或处理群众金点子与企业诉求中的不当内容' },
  'participation.configure': { group: 'assessment', label: '设置群众金点子与企业诉求的类别、承办单位和状态，转办事项' },
  'rules.use': { group: 'rules', label: '使用政策计算器' },
  'announcement.publish': { group: 'system', label: '发布通知公告，查看和导出阅读回执' },
  'notification.sweep': { group: 'system', label: '立即检查到期事项并发送提醒' },
  'dashboard.read': { group: 'system', label: '查看动态监测：各项工作指标、趋势、单位热力图、预警和月报' },
} as const;
export type PermissionCode = keyof typeof PERMISSIONS;
export const PERMISSION_CODES = Object.keys(PERMISSIONS) as PermissionCode[];

export const ROLE_CODES = ['sys_admin', 'org_dept', 'discipline', 'unit_admin', 'unit_leader', 'cadre'] as const;
export type RoleCode = (typeof ROLE_CODES)[number];

/** Grants of a user's roles merged: permission → widest scope. */
export type PermissionScopes = Partial<Record<PermissionCode, DataScope>>;

export function mergeGrants(grants: ReadonlyArray<{ permission: PermissionCode; scope: DataScope }>): PermissionScopes {
  const merged: PermissionScopes = {};
  for (const { permission, scope } of grants) {
    const current = merged[permission];
    if (!current || SCOPE_WIDTH[scope] > SCOPE_WIDTH[current]) merged[permission] = scope;
  }
  return merged;
}
