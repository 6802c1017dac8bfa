import { ProForm } from '@ant-design/pro-components';
import { App, Form, Space } from 'antd';
import { T } from '../../../i18n/zh-CN';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { unitApi, useInvalidateUnits } from '../hooks/useUnits';
import type { Unit, UnitInput } from '../org.types';
import { UnitFormFields } from './UnitFormFields';

type EditValues = Omit<UnitInput, 'parentId'>;

/**
 * The selected unit's own fields. Render it keyed by `id:version`: the form instance lives in this component, so a new
 * version from the server (after a save or a 刷新 on conflict) starts a fresh form instead of keeping stale input.
 */
export function UnitEditForm({ unit, canWrite }: { unit: Unit; canWrite: boolean }) {
  const [form] = Form.useForm<EditValues>();
  const handleError = useApiErrorHandler();
  const invalidate = useInvalidateUnits();
  const { message } = App.useApp();
  return (
    <ProForm<EditValues>
      name="editUnit"
      form={form}
      layout="horizontal"
      labelCol={{ flex: '96px' }}
      initialValues={{ name: unit.name, code: unit.code, type: unit.type, sortOrder: unit.sortOrder }}
      readonly={!canWrite}
      // Read-only, the fields are plain text: a required-field asterisk would suggest something to fill in.
      requiredMark={canWrite}
      submitter={canWrite ? { searchConfig: { submitText: T.save, resetText: '还原' }, render: (_, dom) => <Space>{dom}</Space> } : false}
      onFinish={async (values) => {
        try {
          await unitApi.update(unit.id, { ...values, version: unit.version });
          message.success(T.saved);
          await invalidate();
          return true;
        } catch (error) {
          handleError(error, { form, onReload: invalidate });
          return false;
        }
      }}
    >
      <UnitFormFields readonly={!canWrite} />
    </ProForm>
  );
}
