import { DeleteOutlined, DragOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Popconfirm, Space } from 'antd';
import { T } from '../../../i18n/zh-CN';
import { isApiError } from '../../../platform/api/api-error';
import { Authorized, usePermission } from '../../../platform/auth/permission';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { unitApi, useInvalidateUnits } from '../hooks/useUnits';
import type { Unit } from '../org.types';
import { CreateUnitModal } from './CreateUnitModal';
import { MoveUnitModal } from './MoveUnitModal';
import { UnitEditForm } from './UnitEditForm';

interface Props {
  unit: Unit;
  parentName: string | null;
  onSelect: (id: string | null) => void;
}

/** The selected unit: its fields (editable with org.unit.write) and the actions on it. */
export function UnitDetailPanel({ unit, parentName, onSelect }: Props) {
  const canWrite = Boolean(usePermission('org.unit.write'));
  const handleError = useApiErrorHandler();
  const invalidate = useInvalidateUnits();
  const { message, modal } = App.useApp();

  const remove = async () => {
    try {
      await unitApi.remove(unit.id);
      message.success(`已删除单位：${unit.name}`);
      onSelect(unit.parentId);
      await invalidate();
    } catch (error) {
      // The server counts what is still inside; its sentence says exactly what to clear first.
      if (isApiError(error, 'UNIT_NOT_EMPTY')) modal.error({ title: '不能删除该单位', content: error.message });
      else handleError(error, { onReload: invalidate });
    }
  };

  const actions = (
    <Authorized permission="org.unit.write">
      <Space wrap>
        <CreateUnitModal parent={unit} onCreated={(created) => onSelect(created.id)} trigger={<Button icon={<PlusOutlined />}>新增下级单位</Button>} />
        <MoveUnitModal unit={unit} trigger={<Button icon={<DragOutlined />}>移动</Button>} />
        <Popconfirm
          title={`确定删除单位“${unit.name}”吗？`}
          description="只有没有下级单位和人员的单位可以删除。"
          okText={T.delete}
          cancelText={T.cancel}
          okButtonProps={{ danger: true }}
          onConfirm={remove}
        >
          <Button danger icon={<DeleteOutlined />}>
            {T.delete}
          </Button>
        </Popconfirm>
      </Space>
    </Authorized>
  );

  return (
    <Card title={unit.name} size="small">
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {actions}
        <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
          <Descriptions.Item label="上级单位">{parentName ?? '无（顶级单位）'}</Descriptions.Item>
          <Descriptions.Item label="下级单位">{unit.childCount} 个</Descriptions.Item>
          <Descriptions.Item label="人员">{unit.peopleCount} 人</Descriptions.Item>
        </Descriptions>
        <UnitEditForm key={`${unit.id}:${unit.version}`} unit={unit} canWrite={canWrite} />
      </Space>
    </Card>
  );
}
