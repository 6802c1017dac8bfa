import { ModalForm, ProFormRadio, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import type { ReactNode } from 'react';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';

type Values = { upheld: boolean; text: string };

/**
 * A yes/no finding with its written conclusion: used to resolve an objection raised during the notice (属实/不属实)
 * and to answer a cadre's request for review (成立/不成立).
 */
export function DecisionModal({
  title,
  context,
  yes,
  no,
  textLabel,
  done,
  decide,
  onClose,
  onSaved,
}: {
  title: string;
  context: ReactNode;
  yes: string;
  no: string;
  textLabel: string;
  done: string;
  decide: (upheld: boolean, text: string) => Promise<unknown>;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const submit = useModalSubmit(form);
  return (
    <ModalForm<Values>
      title={title}
      name="decision"
      form={form}
      open
      width={560}
      modalProps={formModalProps(onClose)}
      onFinish={(v) => submit(() => decide(v.upheld, v.text), { done, onDone: onSaved, onReload: onClose })}
    >
      {context}
      <ProFormRadio.Group
        name="upheld"
        label="结论"
        radioType="button"
        options={[
          { value: true, label: yes },
          { value: false, label: no },
        ]}
        rules={[{ required: true, message: '请选择结论' }]}
      />
      <ProFormTextArea
        name="text"
        label={textLabel}
        fieldProps={{ rows: 3, maxLength: 1000, showCount: true }}
        rules={[{ required: true, message: `请填写${textLabel}` }]}
      />
    </ModalForm>
  );
}
