import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import { App, Form } from 'antd';
import type { ReactNode } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';

interface Props {
  title: string;
  label: string;
  okText: string;
  /** Optional: an approval may go without a note. */
  optional?: boolean;
  danger?: boolean;
  intro?: ReactNode;
  onSubmit: (text: string) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}

/** One written reason or opinion for a step: 推荐理由, 审批意见, 不同意的理由, 出库理由. */
export function ReasonModal({ title, label, okText, optional, danger, intro, onSubmit, onClose, onDone }: Props) {
  const [form] = Form.useForm<{ text?: string }>();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  return (
    <ModalForm<{ text?: string }>
      title={title}
      name="poolReason"
      form={form}
      open
      modalProps={{ destroyOnHidden: true, onCancel: onClose, okButtonProps: { danger } }}
      submitter={{ searchConfig: { submitText: okText } }}
      onFinish={async ({ text }) => {
        try {
          await onSubmit(text?.trim() ?? '');
          message.success(`${okText}成功`);
          onDone();
          return true;
        } catch (error) {
          handleError(error, { form, onReload: onDone });
          return false;
        }
      }}
    >
      {intro}
      <ProFormTextArea
        name="text"
        label={label}
        rules={optional ? [] : [{ required: true, min: 2, message: `请填写${label}（至少2个字）` }]}
        fieldProps={{ rows: 3, maxLength: 1000, showCount: true }}
      />
    </ModalForm>
  );
}
