/**
 * The route and menu registry: every page behind the login is one entry here, and the router, the side menu, the
 * breadcrumbs, the 403 check and the 工作台 quick links are all derived from this list.
 *
 * To add a page:
 *   1. write it as a named export in `src/modules/<module>/pages/<Name>Page.tsx` (wrap its content in <Page>);
 *   2. add one entry below: `{ path, title, icon, permission, group, element: lazyPage(() => import(...), 'NamePage') }`.
 *      `permission` hides the menu item and answers 无权访问 for users without it (the server checks it again);
 *      `group` puts it under a menu group (add a group to MENU_GROUPS if none fits); `hideInMenu` + `parentPath` for
 *      detail pages reached by links, e.g. `/system/policies/:id` (breadcrumb and menu highlight follow the parent).
 * Menu order follows this file: a group appears where its first entry is.
 */
import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  BookOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  FieldTimeOutlined,
  FileProtectOutlined,
  HeartOutlined,
  HomeOutlined,
  IdcardOutlined,
  LoginOutlined,
  MailOutlined,
  ProfileOutlined,
  ProjectOutlined,
  ReadOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SmileOutlined,
  SolutionOutlined,
  SwapOutlined,
  TeamOutlined,
  ToolOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
  UploadOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { PermissionCode } from '@dandang/shared/org/permissions';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { Me } from '../platform/auth/auth.types';
import { lazyPage } from './lazy-page';

export type MenuGroupKey = 'cadres' | 'assessment' | 'cases' | 'protect' | 'rules' | 'system' | 'audit';

export interface MenuGroup {
  key: MenuGroupKey;
  title: string;
  icon: ReactNode;
}

export const MENU_GROUPS: Record<MenuGroupKey, MenuGroup> = {
  cadres: { key: 'cadres', title: '干部管理', icon: <TeamOutlined /> },
  assessment: { key: 'assessment', title: '考核评价', icon: <TrophyOutlined /> },
  cases: { key: 'cases', title: '容错纠错与问责', icon: <SafetyOutlined /> },
  protect: { key: 'protect', title: '澄清正名与关爱', icon: <HeartOutlined /> },
  rules: { key: 'rules', title: '政策工具', icon: <ToolOutlined /> },
  system: { key: 'system', title: '系统管理', icon: <SettingOutlined /> },
  audit: { key: 'audit', title: '安全审计', icon: <AuditOutlined /> },
};

export interface AppRoute {
  /** Absolute path; may hold `:params` (then set hideInMenu). */
  path: string;
  title: string;
  icon?: ReactNode;
  /** Needed to see the menu item and open the page; absent = every signed-in user. */
  permission?: PermissionCode;
  group?: MenuGroupKey;
  hideInMenu?: boolean;
  /** For a page reached from another (hideInMenu): the list page it belongs to, for breadcrumbs and the menu. */
  parentPath?: string;
  /** One sentence for the 工作台 quick links. */
  description?: string;
  element: LazyExoticComponent<ComponentType>;
}

export const APP_ROUTES: AppRoute[] = [
  {
    path: '/',
    title: '工作台',
    icon: <HomeOutlined />,
    element: lazyPage(() => import('../modules/home/pages/WorkbenchPage'), 'WorkbenchPage'),
  },
  {
    path: '/cadres',
    title: '干部名册',
    icon: <IdcardOutlined />,
    permission: 'cadre.read',
    group: 'cadres',
    description: '查询干部基本信息，维护职务、职级和联系电话',
    element: lazyPage(() => import('../modules/cadres/pages/CadresPage'), 'CadresPage'),
  },
  {
    path: '/talent-pools',
    title: '优秀年轻干部库',
    icon: <RiseOutlined />,
    permission: 'talent_pool.read',
    group: 'cadres',
    description: '按领域、专业和层次建库，按规则推荐人选、审批入库，年度复核按规则出库',
    element: lazyPage(() => import('../modules/talent-pool/pages/TalentPoolsPage'), 'TalentPoolsPage'),
  },
  {
    path: '/talent-pools/:id',
    title: '人才库',
    permission: 'talent_pool.read',
    group: 'cadres',
    hideInMenu: true,
    parentPath: '/talent-pools',
    element: lazyPage(() => import('../modules/talent-pool/pages/TalentPoolDetailPage'), 'TalentPoolDetailPage'),
  },
  {
    path: '/cadres/import',
    title: '干部导入',
    icon: <UploadOutlined />,
    permission: 'cadre.write',
    group: 'cadres',
    description: '用 Excel 模板批量新增或更新干部信息，先校验预览再导入',
    element: lazyPage(() => import('../modules/cadres/import/pages/CadreImportPage'), 'CadreImportPage'),
  },
  {
    path: '/cadres/rotation',
    title: '轮岗交流提醒',
    icon: <SwapOutlined />,
    permission: 'cadre.read',
    group: 'cadres',
    description: '同一职位任职满政策年限（关键岗位年限更短）的干部，按单位列出，可导出',
    element: lazyPage(() => import('../modules/cadres/search/RotationAlertsPage'), 'RotationAlertsPage'),
  },
  {
    path: '/cadres/measure-alerts',
    title: '影响期提醒',
    icon: <BellOutlined />,
    permission: 'measure.read',
    group: 'cadres',
    description: '提拔影响期即将届满的干部，默认 30 天内',
    element: lazyPage(() => import('../modules/cadres/measures/MeasureAlertsPage'), 'MeasureAlertsPage'),
  },
  {
    path: '/assessment/cycles',
    title: '考核周期',
    icon: <ScheduleOutlined />,
    permission: 'assessment.read',
    group: 'assessment',
    description: '平时、年度和专项考核：确定考核对象，按阶段推进，逾期提醒',
    element: lazyPage(() => import('../modules/assessment/pages/CyclesPage'), 'CyclesPage'),
  },
  {
    path: '/assessment/cycles/:id',
    title: '考核周期详情',
    permission: 'assessment.read',
    group: 'assessment',
    hideInMenu: true,
    parentPath: '/assessment/cycles',
    element: lazyPage(() => import('../modules/assessment/pages/CycleDetailPage'), 'CycleDetailPage'),
  },
  {
    path: '/assessment/cycles/:id/targets',
    title: '目标任务',
    permission: 'assessment.target.read',
    group: 'assessment',
    hideInMenu: true,
    parentPath: '/assessment/cycles',
    element: lazyPage(() => import('../modules/assessment/pages/TargetsPage'), 'TargetsPage'),
  },
  {
    path: '/assessment/my-targets',
    title: '我的目标任务',
    icon: <AimOutlined />,
    permission: 'assessment.progress',
    group: 'assessment',
    description: '本人（或本单位）各项目标任务的进展，一屏填报，上传佐证材料，等待单位负责人确认',
    element: lazyPage(() => import('../modules/assessment/pages/MyTargetsPage'), 'MyTargetsPage'),
  },
  {
    path: '/assessment/schemes',
    title: '考核方案',
    icon: <ProjectOutlined />,
    permission: 'assessment.read',
    group: 'assessment',
    description: '按乡镇、部门、企事业单位、领导班子和个人分类设置指标权重、测评组和得分公式',
    element: lazyPage(() => import('../modules/assessment/pages/SchemesPage'), 'SchemesPage'),
  },
  {
    path: '/assessment/schemes/:id',
    title: '方案编辑',
    permission: 'assessment.read',
    group: 'assessment',
    hideInMenu: true,
    parentPath: '/assessment/schemes',
    element: lazyPage(() => import('../modules/assessment/pages/SchemeEditorPage'), 'SchemeEditorPage'),
  },
  {
    path: '/assessment/my-results',
    title: '我的考核结果',
    icon: <SolutionOutlined />,
    permission: 'assessment.confirm',
    group: 'assessment',
    description: '本人各次考核的得分、等次与评语，公示期内确认结果或申请复核',
    element: lazyPage(() => import('../modules/assessment/pages/MyResultsPage'), 'MyResultsPage'),
  },
  {
    path: '/assessment/analysis',
    title: '考核分析',
    icon: <BarChartOutlined />,
    permission: 'assessment.result.read',
    group: 'assessment',
    description: '等次分布、得分分布、单位和个人排名（与上年比较）和历年趋势，点击数字查看名单',
    element: lazyPage(() => import('../modules/assessment/pages/AnalysisPage'), 'AnalysisPage'),
  },
  {
    path: '/assessment/follow-ups',
    title: '考核结果运用',
    icon: <CarryOutOutlined />,
    permission: 'assessment.follow_up',
    group: 'assessment',
    description: '年度考核结果发布后的嘉奖、记三等功、诫勉、降低层次任职、辞退审查、人才库复核和能上能下事项',
    element: lazyPage(() => import('../modules/assessment/pages/FollowUpsPage'), 'FollowUpsPage'),
  },
  {
    path: '/tolerance/cases',
    title: '容错纠错',
    icon: <SafetyCertificateOutlined />,
    permission: 'tolerance.read',
    group: 'cases',
    description: '容错申请的受理、调查核实、集体研究认定、反馈报备和纠错整改',
    element: lazyPage(() => import('../modules/tolerance/pages/ToleranceCasesPage'), 'ToleranceCasesPage'),
  },
  {
    path: '/tolerance/apply',
    title: '申请容错',
    hideInMenu: true,
    parentPath: '/tolerance/cases',
    permission: 'tolerance.read',
    element: lazyPage(() => import('../modules/tolerance/pages/ToleranceApplyPage'), 'ToleranceApplyPage'),
  },
  {
    path: '/tolerance/cases/:id',
    title: '容错案件',
    hideInMenu: true,
    parentPath: '/tolerance/cases',
    permission: 'tolerance.read',
    element: lazyPage(() => import('../modules/tolerance/pages/ToleranceCasePage'), 'ToleranceCasePage'),
  },
  {
    path: '/tolerance/statistics',
    title: '容错纠错统计',
    icon: <BarChartOutlined />,
    permission: 'tolerance.read',
    group: 'cases',
    description: '按认定结果、单位、月份统计，各阶段平均用时和按期办结率',
    element: lazyPage(() => import('../modules/tolerance/pages/ToleranceStatisticsPage'), 'ToleranceStatisticsPage'),
  },
  {
    path: '/accountability/matters',
    title: '问责事项',
    icon: <ProfileOutlined />,
    permission: 'accountability.read',
    group: 'cases',
    description: '登记问责事项，汇集纪委、组织部、督查、上级部门的问责建议并统筹研究',
    element: lazyPage(() => import('../modules/accountability/pages/MattersPage'), 'MattersPage'),
  },
  {
    path: '/accountability/matters/:id',
    title: '问责事项详情',
    permission: 'accountability.read',
    hideInMenu: true,
    parentPath: '/accountability/matters',
    element: lazyPage(() => import('../modules/accountability/pages/MatterPage'), 'MatterPage'),
  },
  {
    path: '/accountability/cases',
    title: '问责案件与申诉',
    icon: <FileProtectOutlined />,
    permission: 'accountability.read',
    group: 'cases',
    description: '问责决定、执行、申诉和纠正',
    element: lazyPage(() => import('../modules/accountability/pages/AccountabilityCasesPage'), 'AccountabilityCasesPage'),
  },
  {
    path: '/accountability/cases/:id',
    title: '问责案件',
    permission: 'accountability.read',
    hideInMenu: true,
    parentPath: '/accountability/cases',
    element: lazyPage(() => import('../modules/accountability/pages/AccountabilityCasePage'), 'AccountabilityCasePage'),
  },
  {
    path: '/accountability/adjustments',
    title: '能上能下',
    icon: <SwapOutlined />,
    permission: 'adjustment.read',
    group: 'cases',
    description: '不担当不作为线索的核实、听取陈述、集体研究和调整',
    element: lazyPage(() => import('../modules/accountability/pages/AdjustmentsPage'), 'AdjustmentsPage'),
  },
  {
    path: '/accountability/adjustments/:id',
    title: '能上能下线索',
    permission: 'adjustment.read',
    hideInMenu: true,
    parentPath: '/accountability/adjustments',
    element: lazyPage(() => import('../modules/accountability/pages/AdjustmentPage'), 'AdjustmentPage'),
  },
  {
    path: '/accountability/statistics',
    title: '问责统计',
    icon: <BarChartOutlined />,
    permission: 'accountability.read',
    group: 'cases',
    description: '按问责方式、提出机关、单位、月份统计，申诉和重复问责',
    element: lazyPage(() => import('../modules/accountability/pages/AccountabilityStatisticsPage'), 'AccountabilityStatisticsPage'),
  },
  {
    path: '/cases/due',
    title: '逾期与临期案件',
    icon: <FieldTimeOutlined />,
    permission: 'tolerance.read',
    group: 'cases',
    description: '容错、问责、能上能下案件中已超过或即将超过办理时限的',
    element: lazyPage(() => import('../modules/cases/pages/DueCasesPage'), 'DueCasesPage'),
  },
  {
    path: '/typical-cases',
    title: '典型案例',
    icon: <ReadOutlined />,
    permission: 'typical_case.read',
    group: 'cases',
    description: '经脱敏处理的容错纠错和问责典型案例，供学习参考；纪委监委、组织部由已办结案件生成、审核、发布',
    element: lazyPage(() => import('../modules/typical-cases/pages/TypicalCasesPage'), 'TypicalCasesPage'),
  },
  {
    path: '/typical-cases/:id',
    title: '典型案例详情',
    permission: 'typical_case.read',
    group: 'cases',
    hideInMenu: true,
    parentPath: '/typical-cases',
    element: lazyPage(() => import('../modules/typical-cases/pages/TypicalCasePage'), 'TypicalCasePage'),
  },
  {
    path: '/complaints',
    title: '检举控告',
    icon: <MailOutlined />,
    permission: 'complaint.read',
    group: 'protect',
    description: '登记、分办、核查检举控告，作出结论；检举控告人信息加密保存，查看留痕',
    element: lazyPage(() => import('../modules/complaints/pages/ComplaintsPage'), 'ComplaintsPage'),
  },
  {
    path: '/complaints/new',
    title: '登记检举控告',
    permission: 'complaint.intake',
    group: 'protect',
    hideInMenu: true,
    parentPath: '/complaints',
    element: lazyPage(() => import('../modules/complaints/pages/ComplaintIntakePage'), 'ComplaintIntakePage'),
  },
  {
    path: '/complaints/:id',
    title: '检举控告详情',
    permission: 'complaint.read',
    group: 'protect',
    hideInMenu: true,
    parentPath: '/complaints',
    element: lazyPage(() => import('../modules/complaints/pages/ComplaintPage'), 'ComplaintPage'),
  },
  {
    path: '/complaints/statistics',
    title: '检举控告统计',
    icon: <BarChartOutlined />,
    permission: 'complaint.read',
    group: 'protect',
    description: '按来源渠道、核查结论、被反映人单位、收到月份统计，澄清正名率和诬告陷害处理情况，可导出',
    element: lazyPage(() => import('../modules/complaints/pages/ComplaintStatisticsPage'), 'ComplaintStatisticsPage'),
  },
  {
    path: '/my/clarifications',
    title: '我的澄清正名',
    icon: <SmileOutlined />,
    permission: 'clarification.consent',
    group: 'protect',
    description: '纪检监察机关拟为本人澄清正名的，在此表示同意或不同意',
    element: lazyPage(() => import('../modules/complaints/pages/MyClarificationsPage'), 'MyClarificationsPage'),
  },
  {
    path: '/assessment/indicators',
    title: '指标库',
    icon: <UnorderedListOutlined />,
    permission: 'assessment.read',
    group: 'assessment',
    description: '定量指标的计分方法与定性指标的评分等级，修改计分方式自动留存版本',
    element: lazyPage(() => import('../modules/assessment/pages/IndicatorsPage'), 'IndicatorsPage'),
  },
  {
    path: '/rules/calculator',
    title: '政策计算器',
    icon: <CalculatorOutlined />,
    permission: 'rules.use',
    group: 'rules',
    description: '按现行政策计算影响期、考核等次、优秀名额、容错和澄清建议、工作日期限',
    element: lazyPage(() => import('../modules/rules/pages/CalculatorPage'), 'CalculatorPage'),
  },
  {
    path: '/org/units',
    title: '单位管理',
    icon: <ApartmentOutlined />,
    permission: 'org.unit.read',
    group: 'system',
    description: '维护单位树：新增、调整、移动和删除单位',
    element: lazyPage(() => import('../modules/org/pages/UnitsPage'), 'UnitsPage'),
  },
  {
    path: '/org/users',
    title: '用户管理',
    icon: <UserOutlined />,
    permission: 'org.user.read',
    group: 'system',
    description: '开设账号、分配角色、重置密码',
    element: lazyPage(() => import('../modules/org/pages/UsersPage'), 'UsersPage'),
  },
  {
    path: '/org/roles',
    title: '角色权限',
    icon: <SafetyCertificateOutlined />,
    permission: 'org.role.read',
    group: 'system',
    description: '为每个角色授予权限并设定数据范围',
    element: lazyPage(() => import('../modules/org/pages/RolesPage'), 'RolesPage'),
  },
  {
    path: '/org/dictionaries',
    title: '数据字典',
    icon: <BookOutlined />,
    permission: 'dict.write',
    group: 'system',
    description: '维护性别、民族、学历、单位类型等代码项',
    element: lazyPage(() => import('../modules/dictionaries/pages/DictionariesPage'), 'DictionariesPage'),
  },
  {
    path: '/system/calendar',
    title: '工作日历',
    icon: <CalendarOutlined />,
    permission: 'calendar.write',
    group: 'system',
    description: '维护法定节假日和调休上班日，计算工作日期限',
    element: lazyPage(() => import('../modules/calendar/pages/CalendarPage'), 'CalendarPage'),
  },
  {
    path: '/system/policies',
    title: '政策配置',
    icon: <FileProtectOutlined />,
    permission: 'policy.read',
    group: 'system',
    description: '查看和配置本地区的政策参数版本',
    element: lazyPage(() => import('../modules/policy/pages/PoliciesPage'), 'PoliciesPage'),
  },
  {
    path: '/system/policies/:id',
    title: '政策版本',
    permission: 'policy.read',
    group: 'system',
    hideInMenu: true,
    parentPath: '/system/policies',
    element: lazyPage(() => import('../modules/policy/pages/PolicyEditorPage'), 'PolicyEditorPage'),
  },
  {
    path: '/audit/operations',
    title: '操作日志',
    icon: <ProfileOutlined />,
    permission: 'audit.read',
    group: 'audit',
    description: '查询每一次数据变更的操作人、时间和前后内容',
    element: lazyPage(() => import('../modules/audit/pages/OperationsPage'), 'OperationsPage'),
  },
  {
    path: '/audit/logins',
    title: '登录日志',
    icon: <LoginOutlined />,
    permission: 'audit.read',
    group: 'audit',
    description: '查询登录、退出和失败记录',
    element: lazyPage(() => import('../modules/audit/pages/LoginsPage'), 'LoginsPage'),
  },
  // Last on purpose: the page title and breadcrumbs take the first entry that matches, and every static /cadres/...
  // page must win over this one.
  {
    path: '/cadres/:id',
    title: '干部档案',
    permission: 'cadre.read',
    group: 'cadres',
    hideInMenu: true,
    parentPath: '/cadres',
    element: lazyPage(() => import('../modules/cadres/profile/CadreProfilePage'), 'CadreProfilePage'),
  },
];

export function canOpen(route: Pick<AppRoute, 'permission'>, me: Me | null | undefined): boolean {
  return !route.permission || Boolean(me?.permissions[route.permission]);
}
