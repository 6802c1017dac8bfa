import { ModalForm } from '@ant-design/pro-components';
import { Form } from 'antd';
import type { ReactElement, ReactNode } from 'react';
import { formModalProps } from './form-modal';
import { useModalSubmit } from './useModalSubmit';

interface StepModalProps<T> {
  title: string;
  trigger: ReactElement;
  /** The form items. */
  children: ReactNode;
  initialValues?: Partial<T>;
  submit: (values: T) => Promise<unknown>;
  /** The success message. */
  done: string;
  /** After the write, and after a stale write's 刷新: the page reloads the complaint. */
  onDone: () => void;
}

/** One write of a record's page (分办, 提出澄清, 采纳…) as a dialog that stays open, showing the error, until it succeeds. */
export function StepModal<T extends Record<string, unknown>>({ title, trigger, children, initialValues, submit, done, onDone }: StepModalProps<T>) {
  const [form] = Form.useForm<T>();
  const run = useModalSubmit(form);
  return (
    <ModalForm<T>
      title={title}
      form={form}
      trigger={trigger}
      width={620}
      initialValues={initialValues}
      modalProps={formModalProps()}
      onFinish={(values) => run(() => submit(values), { done, onDone, onReload: onDone })}
    >
      {children}
    </ModalForm>
  );
}
