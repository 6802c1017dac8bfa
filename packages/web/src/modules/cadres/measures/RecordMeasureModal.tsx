import { ModalForm, ProFormDatePicker, ProFormDependency, ProFormRadio, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { App, Form } from 'antd';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { MEASURE_OPTIONS, PROBATION_OPTIONS } from './measure-labels';
import { measureApi, type RecordMeasureBody } from './measureApi';

type Values = Omit<RecordMeasureBody, 'note' | 'documentNo'> & { note?: string; documentNo?: string };

interface Props {
  cadreId: string;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}

const half = { xs: 24, sm: 12 };
const date = { style: { width: '100%' }, format: 'YYYY-MM-DD' };

/**
 * 登记措施. The fields follow the code: the probation length only for 留党察看 (12 or 24 months), the lift date only
 * for 停职检查 (left empty while the suspension runs). The server checks the same facts with the rules core.
 */
export function RecordMeasureModal({ cadreId, open, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  return (
    <ModalForm<Values>
      title="登记处理处分措施"
      form={form}
      name="measure"
      open={open}
      grid
      rowProps={{ gutter: [12, 0] }}
      modalProps={formModalProps(onClose)}
      submitter={{ searchConfig: { submitText: '登记' } }}
      onFinish={async (values) => {
        try {
          await measureApi.record(cadreId, { ...values, documentNo: values.documentNo ?? '', note: values.note ?? '' });
          message.success('已登记');
          onSaved();
          return true;
        } catch (error) {
          handleError(error, { form });
          return false;
        }
      }}
    >
      <ProFormSelect
        name="code"
        label="措施"
        colProps={half}
        options={MEASURE_OPTIONS}
        showSearch
        rules={[{ required: true, message: '请选择措施' }]}
        fieldProps={{ onChange: () => form.setFieldsValue({ months: undefined, liftedOn: undefined }) }}
      />
      <ProFormDatePicker name="effectiveOn" label="生效日期" colProps={half} fieldProps={date} rules={[{ required: true, message: '请选择生效日期' }]} />
      <ProFormDependency name={['code']}>
        {({ code }) =>
          code === 'PARTY_PROBATION' ? (
            <ProFormRadio.Group
              name="months"
              label="留党察看期限"
              colProps={half}
              options={PROBATION_OPTIONS}
              rules={[{ required: true, message: '请选择察看期限' }]}
            />
          ) : code === 'ORG_SUSPEND' ? (
            <ProFormDatePicker name="liftedOn" label="解除日期" colProps={half} fieldProps={date} extra="尚未解除的不填，解除后在列表中登记" />
          ) : null
        }
      </ProFormDependency>
      <ProFormText
        name="decidingBody"
        label="决定机关"
        colProps={half}
        fieldProps={{ maxLength: 100 }}
        rules={[{ required: true, message: '请填写决定机关' }]}
      />
      {/* Which codes may go without a document number is the server's rule (提醒、函询); its answer names the field. */}
      <ProFormText name="documentNo" label="决定文号" colProps={half} fieldProps={{ maxLength: 100 }} placeholder="提醒、函询可不填" />
      <ProFormTextArea name="note" label="备注" colProps={{ span: 24 }} fieldProps={{ maxLength: 500, rows: 2 }} />
    </ModalForm>
  );
}
