import { ModalForm, ProFormDatePicker, ProFormTextArea } from '@ant-design/pro-components';
import { App, Form } from 'antd';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { measureLabel } from './measure-labels';
import { type Measure, measureApi } from './measureApi';

interface Props {
  measure: Measure;
  onClose: () => void;
  onDone: () => void;
}

/** 撤销: a revoked measure stays on record with its reason and stops counting for every rule. */
export function RevokeMeasureModal({ measure, onClose, onDone }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  return (
    <ModalForm<{ reason: string }>
      title={`撤销措施：${measureLabel(measure.code)}（${measure.effectiveOn} 生效）`}
      form={form}
      name="revokeMeasure"
      open
      width={520}
      modalProps={{ destroyOnHidden: true, onCancel: onClose }}
      submitter={{ searchConfig: { submitText: '撤销' }, submitButtonProps: { danger: true } }}
      onFinish={async ({ reason }) => {
        try {
          await measureApi.revoke(measure.id, { reason, version: measure.version });
          message.success('已撤销');
          onDone();
          return true;
        } catch (error) {
          handleError(error, { form, onReload: onDone });
          return false;
        }
      }}
    >
      <ProFormTextArea
        name="reason"
        label="撤销原因"
        extra="撤销后该措施保留在记录中，但不再计入影响期和考核等次"
        fieldProps={{ maxLength: 500, rows: 3 }}
        rules={[
          { required: true, message: '请填写撤销原因' },
          { min: 2, message: '撤销原因至少2个字' },
        ]}
      />
    </ModalForm>
  );
}

/** 解除停职检查: the promotion bar of a suspension ends on the day it is lifted. */
export function LiftSuspensionModal({ measure, onClose, onDone }: Props) {
  const [form] = Form.useForm<{ liftedOn: string }>();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  return (
    <ModalForm<{ liftedOn: string }>
      title={`解除停职检查（${measure.effectiveOn} 起停职）`}
      form={form}
      name="liftSuspension"
      open
      width={420}
      initialValues={{ liftedOn: measure.liftedOn ?? undefined }}
      modalProps={{ destroyOnHidden: true, onCancel: onClose }}
      submitter={{ searchConfig: { submitText: '解除' } }}
      onFinish={async ({ liftedOn }) => {
        try {
          await measureApi.lift(measure.id, { liftedOn, version: measure.version });
          message.success('已登记解除');
          onDone();
          return true;
        } catch (error) {
          handleError(error, { form, onReload: onDone });
          return false;
        }
      }}
    >
      <ProFormDatePicker
        name="liftedOn"
        label="解除日期"
        fieldProps={{ style: { width: '100%' }, format: 'YYYY-MM-DD' }}
        rules={[{ required: true, message: '请选择解除日期' }]}
      />
    </ModalForm>
  );
}
