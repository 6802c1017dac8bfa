import { ModalForm, ProFormRadio, ProFormTextArea } from '@ant-design/pro-components';
import type { ObjectionView, ResolveObjectionBody } from '@dandang/shared/honors/honor.schema';
import { Alert, Form } from 'antd';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { honorsApi } from '../hooks/honorsApi';

interface Values {
  outcome: ResolveObjectionBody['outcome'];
  answer: string;
}

/** 办结异议: the finding and the answer the objector reads with the query code; an upheld objection drops the nominee. */
export function ResolveObjectionModal({ objection, onClose, onDone }: { objection: ObjectionView; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const submit = useModalSubmit(form);
  const outcome = Form.useWatch('outcome', form);
  return (
    <ModalForm<Values>
      title={`办结异议：${objection.cadreName}`}
      name="honorObjection"
      form={form}
      open
      width={560}
      modalProps={formModalProps(onClose)}
      initialValues={{ outcome: 'DISMISSED' }}
      submitter={{ searchConfig: { submitText: '办结' } }}
      onFinish={(values) =>
        submit(() => honorsApi.resolve(objection.id, { outcome: values.outcome, answer: values.answer.trim(), version: objection.version }), {
          done: '异议已办结',
          onDone,
          onReload: onClose,
        })
      }
    >
      <ProFormRadio.Group
        name="outcome"
        label="核实结果"
        radioType="button"
        options={[
          { value: 'DISMISSED', label: '反映不属实' },
          { value: 'UPHELD', label: '反映属实' },
        ]}
      />
      {outcome === 'UPHELD' && <Alert type="warning" showIcon message={`反映属实将取消${objection.cadreName}的拟表彰人选资格`} style={{ marginBottom: 16 }} />}
      <ProFormTextArea
        name="answer"
        label="答复意见（异议人凭查询码可见）"
        rules={[{ required: true, whitespace: true, message: '请填写答复意见' }]}
        fieldProps={{ rows: 3, maxLength: 1000, showCount: true }}
      />
    </ModalForm>
  );
}
