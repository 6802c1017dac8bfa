import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import type { ReactNode } from 'react';
import { formModalProps } from '../forms/form-modal';
import { useModalSubmit } from '../forms/useModalSubmit';

interface Props {
  title: string;
  label: string;
  okText: string;
  /** Optional: an approval may go without a note. */
  optional?: boolean;
  /** A step that cannot be undone (撤销, 出库, 不同意) gets a red button. */
  danger?: boolean;
  /** Shown above the text, e.g. what else the step changes. */
  intro?: ReactNode;
  /** Shown under the text, e.g. what stays on record afterwards. */
  extra?: ReactNode;
  /** The server's limit for this text. */
  maxLength?: number;
  onSubmit: (text: string) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}

/**
 * One written reason or opinion for a step: 撤销原因, 推荐理由, 审批意见, 不同意的理由, 出库理由. The input is named
 * `reason`, so a server error on a body's `reason` shows under it; a stale version offers to reload through onDone.
 */
export function ReasonModal({ title, label, okText, optional, danger, intro, extra, maxLength = 1000, onSubmit, onClose, onDone }: Props) {
  const [form] = Form.useForm<{ reason?: string }>();
  const submit = useModalSubmit(form);
  return (
    <ModalForm<{ reason?: string }>
      title={title}
      name="reason"
      form={form}
      open
      width={520}
      modalProps={formModalProps(onClose)}
      submitter={{ searchConfig: { submitText: okText }, submitButtonProps: { danger } }}
      onFinish={({ reason }) => submit(() => onSubmit(reason?.trim() ?? ''), { done: `${okText}成功`, onDone, onReload: onDone })}
    >
      {intro}
      <ProFormTextArea
        name="reason"
        label={label}
        extra={extra}
        rules={optional ? [] : [{ required: true, whitespace: true, min: 2, message: `请填写${label}（至少2个字）` }]}
        fieldProps={{ rows: 3, maxLength, showCount: true }}
      />
    </ModalForm>
  );
}
