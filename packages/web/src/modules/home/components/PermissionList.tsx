import { PERMISSION_CODES, PERMISSIONS, type PermissionCode } from '@dandang/shared/org/permissions';
import { Grid, Table, Tag } from 'antd';
import { PERMISSION_GROUP_LABELS, SCOPE_LABELS } from '../../../i18n/zh-CN';
import type { Me } from '../../../platform/auth/auth.types';

interface Row {
  code: PermissionCode;
  group: string;
  label: string;
  scope: string;
}

/** The user's merged grants in words: which permission, over which data. */
export function PermissionList({ me }: { me: Me }) {
  // Fixed side columns leave a phone's middle column a few characters wide; there the table sizes itself by content.
  const wide = Boolean(Grid.useBreakpoint().sm);
  // PERMISSION_CODES order keeps each group together and in the order the roles page shows them.
  const rows: Row[] = PERMISSION_CODES.filter((code) => me.permissions[code]).map((code) => {
    const scope = me.permissions[code];
    const def = PERMISSIONS[code];
    return {
      code,
      group: PERMISSION_GROUP_LABELS[def.group] ?? def.group,
      label: def.label,
      scope: scope ? SCOPE_LABELS[scope] : '',
    };
  });
  return (
    <Table<Row>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: '尚未授予任何权限' }}
      columns={[
        { title: '分类', dataIndex: 'group', width: wide ? 120 : undefined },
        { title: '权限', dataIndex: 'label' },
        { title: '数据范围', dataIndex: 'scope', width: wide ? 140 : undefined, render: (scope: string) => <Tag color="blue">{scope}</Tag> },
      ]}
    />
  );
}
