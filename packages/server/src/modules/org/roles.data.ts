import type { DataScope, PermissionCode, RoleCode } from '@dandang/shared/org/permissions';

/**
 * The shipped roles of DOMAIN.md §1 with their default grants. Scopes follow the roles' work: the organization
 * department sees the whole county; a unit administrator only their unit (and its sub-units for the tree).
 */
export const SHIPPED_ROLES: Array<{ code: RoleCode; name: string; description: string; grants: Array<[PermissionCode, DataScope]> }> = [
  {
    code: 'sys_admin',
    name: '系统管理员',
    description: '用户、角色、字典、政策、工作日历、备份',
    grants: [
      ['org.unit.read', 'all'],
      ['org.unit.write', 'all'],
      ['org.user.read', 'all'],
      ['org.user.write', 'all'],
      ['org.role.read', 'all'],
      ['org.role.write', 'all'],
      ['dict.write', 'all'],
      ['calendar.write', 'all'],
      ['policy.read', 'all'],
      ['policy.write', 'all'],
      ['audit.read', 'all'],
      ['cadre.read', 'all'],
      ['rules.use', 'all'],
    ],
  },
  {
    code: 'org_dept',
    name: '组织部干部科/考核办',
    description: '干部名册、考核、等次与比例、人才库、评先评优、能上能下',
    grants: [
      ['org.unit.read', 'all'],
      ['org.user.read', 'all'],
      ['cadre.read', 'all'],
      ['cadre.write', 'all'],
      ['policy.read', 'all'],
      ['cadre.id_number', 'all'],
      ['measure.read', 'all'],
      ['measure.write', 'all'],
      ['supervision.read', 'all'],
      ['supervision.write', 'all'],
      ['talent_pool.read', 'all'],
      ['talent_pool.nominate', 'all'],
      ['talent_pool.write', 'all'],
      ['rules.use', 'all'],
    ],
  },
  {
    code: 'discipline',
    name: '纪委监委',
    description: '检举控告、核查、澄清正名、诬告陷害、问责、容错、回访',
    grants: [
      ['org.unit.read', 'all'],
      ['cadre.read', 'all'],
      ['policy.read', 'all'],
      ['measure.read', 'all'],
      ['measure.write', 'all'],
      ['supervision.read', 'all'],
      ['supervision.write', 'all'],
      ['rules.use', 'all'],
    ],
  },
  {
    code: 'unit_admin',
    name: '单位管理员/联络员',
    description: '维护本单位名册，分解目标，录入分数与佐证，为本单位人员申请容错',
    grants: [
      ['org.unit.read', 'unit_subtree'],
      ['org.user.read', 'unit'],
      ['cadre.read', 'unit'],
      ['cadre.write', 'unit'],
      ['measure.read', 'unit'],
      ['supervision.read', 'unit'],
      ['supervision.write', 'unit'],
      ['talent_pool.read', 'unit'],
      ['talent_pool.nominate', 'unit'],
      ['rules.use', 'all'],
    ],
  },
  {
    code: 'unit_leader',
    name: '单位主要负责人',
    description: '审核本单位报送事项，评价本单位人员',
    grants: [
      ['org.unit.read', 'unit'],
      ['cadre.read', 'unit'],
      ['measure.read', 'unit'],
      ['rules.use', 'all'],
    ],
  },
  {
    code: 'cadre',
    name: '干部本人',
    description: '本人目标、进展与佐证，本人结果，申请容错，查看本人影响期',
    grants: [
      ['cadre.read', 'self'],
      ['measure.read', 'self'],
      ['supervision.read', 'self'],
      ['rules.use', 'all'],
    ],
  },
];
