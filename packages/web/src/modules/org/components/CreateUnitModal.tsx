import { ModalForm } from '@ant-design/pro-components';
import { App, Form } from 'antd';
import type { ReactElement } from 'react';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { unitApi, useInvalidateUnits } from '../hooks/useUnits';
import type { Unit, UnitInput } from '../org.types';
import { UnitFormFields } from './UnitFormFields';

interface Props {
  parent: Unit | null;
  trigger: ReactElement;
  onCreated: (unit: Unit) => void;
}

/** 新增下级单位 under `parent` (or a top-level unit when there is none yet). */
export function CreateUnitModal({ parent, trigger, onCreated }: Props) {
  const [form] = Form.useForm<Omit<UnitInput, 'parentId'>>();
  const handleError = useApiErrorHandler();
  const invalidate = useInvalidateUnits();
  const { message } = App.useApp();
  return (
    <ModalForm<Omit<UnitInput, 'parentId'>>
      title={parent ? `新增下级单位（上级：${parent.name}）` : '新增顶级单位'}
      // A form name prefixes the field ids: the edit panel beside it has the same fields, and duplicate ids would tie
      // this dialog's labels to the panel's inputs.
      name="createUnit"
      form={form}
      trigger={trigger}
      width={520}
      modalProps={formModalProps()}
      initialValues={{ sortOrder: (parent?.childCount ?? 0) + 1 }}
      onFinish={async (values) => {
        try {
          const unit = await unitApi.create({ ...values, parentId: parent?.id ?? null });
          message.success(`已新增单位：${unit.name}`);
          await invalidate();
          onCreated(unit);
          return true;
        } catch (error) {
          handleError(error, { form });
          return false;
        }
      }}
    >
      <UnitFormFields />
    </ModalForm>
  );
}
