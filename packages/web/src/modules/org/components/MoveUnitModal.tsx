import { ModalForm } from '@ant-design/pro-components';
import { App, Form } from 'antd';
import type { ReactElement } from 'react';
import { isApiError } from '../../../platform/api/api-error';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { unitApi, useInvalidateUnits } from '../hooks/useUnits';
import type { Unit } from '../org.types';
import { UnitTreeSelect } from './UnitTreeSelect';

interface Props {
  unit: Unit;
  trigger: ReactElement;
}

/**
 * Moves a unit under a new parent. Whether the target is inside the unit's own subtree is the server's call
 * (UNIT_MOVE_INTO_DESCENDANT); its message is shown under the field.
 */
export function MoveUnitModal({ unit, trigger }: Props) {
  const [form] = Form.useForm<{ newParentId: string }>();
  const handleError = useApiErrorHandler();
  const invalidate = useInvalidateUnits();
  const { message } = App.useApp();
  return (
    <ModalForm<{ newParentId: string }>
      title={`移动单位：${unit.name}`}
      name="moveUnit"
      form={form}
      trigger={trigger}
      width={520}
      modalProps={formModalProps()}
      onFinish={async ({ newParentId }) => {
        try {
          await unitApi.move(unit.id, newParentId, unit.version);
          message.success('单位已移动');
          await invalidate();
          return true;
        } catch (error) {
          if (isApiError(error, 'UNIT_MOVE_INTO_DESCENDANT') || isApiError(error, 'NOT_FOUND')) {
            form.setFields([{ name: 'newParentId', errors: [error.message] }]);
          } else {
            handleError(error, { form, onReload: invalidate });
          }
          return false;
        }
      }}
    >
      <Form.Item
        name="newParentId"
        label="新的上级单位"
        rules={[{ required: true, message: '请选择新的上级单位' }]}
        extra="单位连同其全部下级单位和人员一起移动。"
      >
        <UnitTreeSelect allowClear={false} />
      </Form.Item>
    </ModalForm>
  );
}
