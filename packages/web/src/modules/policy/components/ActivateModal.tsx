import { ModalForm, ProFormDatePicker } from '@ant-design/pro-components';
import { Alert, App, Button, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { policyApi } from '../hooks/usePolicies';
import type { Policy } from '../policy.types';

interface Props {
  policy: Policy;
  disabled: boolean;
  onActivated: () => unknown;
  onReload: () => unknown;
}

/** Puts a draft in force from a date; from then on new cases are decided under it (old cases keep their version). */
export function ActivateModal({ policy, disabled, onActivated, onReload }: Props) {
  const [form] = Form.useForm<{ effectiveFrom: Dayjs }>();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  // Today, unless the document itself names a later date: activating back-dated is possible but must be chosen.
  const documentDate = policy.document.effectiveFrom ? dayjs(policy.document.effectiveFrom) : null;
  const suggested = documentDate?.isAfter(dayjs(), 'day') ? documentDate : dayjs().startOf('day');
  return (
    <ModalForm<{ effectiveFrom: Dayjs }>
      title={`启用：${policy.name}`}
      form={form}
      width={480}
      modalProps={formModalProps()}
      initialValues={{ effectiveFrom: suggested }}
      trigger={
        <Button type="primary" danger disabled={disabled}>
          启用
        </Button>
      }
      onFinish={async ({ effectiveFrom }) => {
        try {
          await policyApi.activate(policy.id, dayjs(effectiveFrom).format('YYYY-MM-DD'), policy.version);
          message.success('已启用该政策版本');
          await onActivated();
          return true;
        } catch (error) {
          handleError(error, { form, onReload });
          return false;
        }
      }}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="启用后本版本不能再修改。自生效日期起新办理的事项按本版本计算；此前已办结的事项仍按原版本。"
      />
      <ProFormDatePicker name="effectiveFrom" label="生效日期" rules={[{ required: true, message: '请选择生效日期' }]} />
    </ModalForm>
  );
}
