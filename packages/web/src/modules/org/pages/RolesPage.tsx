import { ROLE_CODES } from '@dandang/shared/org/permissions';
import { Alert, Card, Skeleton, Tabs } from 'antd';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { RoleGrantsEditor } from '../components/RoleGrantsEditor';
import { usePermissionDefs, useRoles } from '../hooks/useRoles';

export function RolesPage() {
  const roles = useRoles();
  const defs = usePermissionDefs();
  const canWrite = Boolean(usePermission('org.role.write'));
  const error = roles.error ?? defs.error;

  return (
    <Page content="权限的数据范围按每一项授权分别设定：同一角色可以查看全部单位，却只维护本单位的数据。">
      {error ? (
        <Alert type="error" showIcon message="角色或权限加载失败" description={(error as Error).message} />
      ) : !roles.data || !defs.data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : (
        <Card size="small">
          <Tabs
            // The order of DOMAIN.md §1 (系统管理员 first), not the server's alphabetical one.
            items={[...roles.data]
              .sort((a, b) => ROLE_CODES.indexOf(a.code) - ROLE_CODES.indexOf(b.code))
              .map((role) => ({
                key: role.code,
                label: role.name,
                // Keyed by the saved grants, so a save (or someone else's) resets the editor to the server's state.
                children: <RoleGrantsEditor key={JSON.stringify(role.grants)} role={role} defs={defs.data} readonly={!canWrite} />,
              }))}
          />
        </Card>
      )}
    </Page>
  );
}
