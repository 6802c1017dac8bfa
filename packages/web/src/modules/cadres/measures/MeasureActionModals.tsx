import { ModalForm, ProFormDatePicker } from '@ant-design/pro-components';
import { Form } from 'antd';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { ReasonModal } from '../../../platform/ui/ReasonModal';
import { measureLabel } from './measure-labels';
import { type Measure, measureApi } from './measureApi';

interface Props {
  measure: Measure;
  onClose: () => void;
  onDone: () => void;
}

/** 撤销: a revoked measure stays on record with its reason and stops counting for every rule. */
export function RevokeMeasureModal({ measure, onClose, onDone }: Props) {
  return (
    <ReasonModal
      title={`撤销措施：${measureLabel(measure.code)}（${measure.effectiveOn} 生效）`}
      label="撤销原因"
      okText="撤销"
      danger
      extra="撤销后该措施保留在记录中，但不再计入影响期和考核等次"
      maxLength={500}
      onSubmit={(reason) => measureApi.revoke(measure.id, { reason, version: measure.version })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

/** 解除停职检查: the promotion bar of a suspension ends on the day it is lifted. */
export function LiftSuspensionModal({ measure, onClose, onDone }: Props) {
  const [form] = Form.useForm<{ liftedOn: string }>();
  const submit = useModalSubmit(form);
  return (
    <ModalForm<{ liftedOn: string }>
      title={`解除停职检查（${measure.effectiveOn} 起停职）`}
      form={form}
      name="liftSuspension"
      open
      width={420}
      initialValues={{ liftedOn: measure.liftedOn ?? undefined }}
      modalProps={formModalProps(onClose)}
      submitter={{ searchConfig: { submitText: '解除' } }}
      onFinish={({ liftedOn }) =>
        submit(() => measureApi.lift(measure.id, { liftedOn, version: measure.version }), { done: '已登记解除', onDone, onReload: onDone })
      }
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
