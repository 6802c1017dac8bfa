import { DATA_SCOPES, type DataScope, type PermissionCode } from '@dandang/shared/org/permissions';
import { App, Button, Checkbox, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { PERMISSION_GROUP_LABELS, SCOPE_LABELS, T } from '../../../i18n/zh-CN';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { useSaveGrants } from '../hooks/useRoles';
import type { Grant, PermissionDef, Role } from '../org.types';

type Draft = Partial<Record<PermissionCode, DataScope>>;

interface Row extends PermissionDef {
  groupLabel: string;
  /** How many rows the group cell spans (0 for all but the first row of a group). */
  groupSpan: number;
}

const SCOPE_OPTIONS = DATA_SCOPES.map((scope) => ({ value: scope, label: SCOPE_LABELS[scope] }));

/** System-wide permissions make sense only over everything; the rest start at the narrowest organisational scope. */
const defaultScope = (def: PermissionDef): DataScope => (def.group === 'system' || def.group === 'rules' ? 'all' : 'unit');

function toDraft(grants: Grant[]): Draft {
  return Object.fromEntries(grants.map((grant) => [grant.permission, grant.scope]));
}

function sameDraft(a: Draft, b: Draft): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<PermissionCode>;
  return [...keys].every((key) => a[key] === b[key]);
}

function toRows(defs: PermissionDef[]): Row[] {
  const groups = [...new Set(defs.map((def) => def.group))];
  return groups.flatMap((group) => {
    const members = defs.filter((def) => def.group === group);
    return members.map((def, index) => ({
      ...def,
      groupLabel: PERMISSION_GROUP_LABELS[group] ?? group,
      groupSpan: index === 0 ? members.length : 0,
    }));
  });
}

/** One role's grants as a grid: grant or not, and over which data. Saved as a whole with PUT grants. */
export function RoleGrantsEditor({ role, defs, readonly }: { role: Role; defs: PermissionDef[]; readonly: boolean }) {
  const saved = useMemo(() => toDraft(role.grants), [role.grants]);
  const [draft, setDraft] = useState<Draft>(saved);
  const [saving, setSaving] = useState(false);
  const saveGrants = useSaveGrants();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  const rows = useMemo(() => toRows(defs), [defs]);
  const dirty = !sameDraft(draft, saved);

  const set = (code: PermissionCode, scope: DataScope | undefined) =>
    setDraft((current) => {
      const next = { ...current };
      if (scope) next[code] = scope;
      else delete next[code];
      return next;
    });

  const save = async () => {
    setSaving(true);
    try {
      const grants = (Object.entries(draft) as [PermissionCode, DataScope][]).map(([permission, scope]) => ({ permission, scope }));
      const updated = await saveGrants(role.code, grants);
      setDraft(toDraft(updated.grants));
      message.success(`已保存“${role.name}”的权限`);
    } catch (error) {
      handleError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {role.description && <Typography.Text type="secondary">{role.description}</Typography.Text>}
      <Table<Row>
        rowKey="code"
        size="small"
        bordered
        pagination={false}
        dataSource={rows}
        scroll={{ x: 640 }}
        columns={[
          { title: '分类', dataIndex: 'groupLabel', width: 110, onCell: (row) => ({ rowSpan: row.groupSpan }) },
          {
            title: '权限',
            dataIndex: 'label',
            render: (label: string, row) => (
              <Checkbox
                checked={Boolean(draft[row.code])}
                disabled={readonly}
                onChange={(event) => set(row.code, event.target.checked ? defaultScope(row) : undefined)}
              >
                {label}
                <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                  {row.code}
                </Typography.Text>
              </Checkbox>
            ),
          },
          {
            title: '数据范围',
            width: 180,
            render: (_, row) => (
              <Select<DataScope>
                aria-label={`${row.label}的数据范围`}
                value={draft[row.code]}
                placeholder="未授予"
                disabled={readonly || !draft[row.code]}
                options={SCOPE_OPTIONS}
                onChange={(scope) => set(row.code, scope)}
                style={{ width: 150 }}
              />
            ),
          },
        ]}
      />
      {!readonly && (
        <Space>
          <Button type="primary" onClick={save} loading={saving} disabled={!dirty}>
            {T.save}
          </Button>
          <Button onClick={() => setDraft(saved)} disabled={!dirty || saving}>
            撤销更改
          </Button>
          {dirty && <Typography.Text type="warning">有未保存的更改</Typography.Text>}
        </Space>
      )}
    </Space>
  );
}
