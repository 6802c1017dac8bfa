import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { CadreSelect } from '../../cadres';
import { visitsApi } from '../hooks/visitsApi';

interface Values {
  cadreId: string;
  reason: string;
}

/**
 * 提出关心关爱需求 (visit.flag): a unit asks that one of its cadres be looked after; the cadre stays on the candidate
 * list until care is recorded on or after the request.
 */
export function FlagCareModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const submit = useModalSubmit(form);
  return (
    <ModalForm<Values>
      title="提出关心关爱需求"
      name="careFlag"
      form={form}
      open
      width={560}
      modalProps={formModalProps(onClose)}
      submitter={{ searchConfig: { submitText: '提交' } }}
      onFinish={(values) =>
        submit(() => visitsApi.flagForCare({ cadreId: values.cadreId, reason: values.reason.trim() }), { done: '已提出关爱需求', onDone, onReload: onClose })
      }
    >
      <Form.Item name="cadreId" label="干部" rules={[{ required: true, message: '请选择干部' }]}>
        <CadreSelect />
      </Form.Item>
      <ProFormTextArea
        name="reason"
        label="关爱原因"
        placeholder="如：家庭突遭变故、身体状况不佳、工作压力大等"
        rules={[
          { required: true, whitespace: true, message: '请填写关爱原因' },
          { min: 2, message: '关爱原因至少 2 个字' },
        ]}
        fieldProps={{ rows: 3, maxLength: 500, showCount: true }}
      />
    </ModalForm>
  );
}
