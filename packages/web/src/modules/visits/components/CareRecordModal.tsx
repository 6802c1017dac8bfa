import { ModalForm, ProFormDatePicker, ProFormRadio, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { CARE_KIND_LABELS, CARE_KINDS, type CareKind, type CareRecordView } from '@dandang/shared/visits/care.schema';
import { Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { formModalProps } from '../../../platform/forms/form-modal';
import { labelledOptions } from '../../../platform/forms/options';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { CadreSelect } from '../../cadres';
import { visitsApi } from '../hooks/visitsApi';

interface Values {
  cadreId: string;
  kind: CareKind;
  on: string;
  by: string;
  notes?: string;
}

/**
 * 登记关心关爱: a talk, a visit or support given to a cadre (visit.write). Opened from a candidate's row the cadre is
 * fixed; from the toolbar any cadre in scope can be picked.
 */
export function CareRecordModal({
  cadre,
  onClose,
  onDone,
}: {
  cadre?: { id: string; name: string };
  onClose: () => void;
  onDone: (r: CareRecordView) => void;
}) {
  const [form] = Form.useForm<Values>();
  const submit = useModalSubmit(form);
  return (
    <ModalForm<Values>
      title={cadre ? `登记关心关爱：${cadre.name}` : '登记关心关爱'}
      name="careRecord"
      form={form}
      open
      width={560}
      modalProps={formModalProps(onClose)}
      initialValues={{ kind: 'TALK', on: dayjs().format('YYYY-MM-DD') }}
      submitter={{ searchConfig: { submitText: '登记' } }}
      onFinish={(values) =>
        // A fixed cadre has no field on the form, so it is not among the values.
        submit(() => visitsApi.recordCare({ ...values, cadreId: cadre?.id ?? values.cadreId, by: values.by.trim(), notes: values.notes?.trim() ?? '' }), {
          done: '已登记关心关爱',
          onDone,
          onReload: onClose,
        })
      }
    >
      {!cadre && (
        <Form.Item name="cadreId" label="干部" rules={[{ required: true, message: '请选择干部' }]}>
          <CadreSelect />
        </Form.Item>
      )}
      <ProFormRadio.Group name="kind" label="关爱方式" radioType="button" options={labelledOptions(CARE_KINDS, CARE_KIND_LABELS)} />
      <ProFormDatePicker
        name="on"
        label="日期"
        rules={[{ required: true, message: '请选择日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: 200 }, disabledDate: (d: Dayjs) => d.isAfter(dayjs(), 'day') }}
      />
      <ProFormText name="by" label="开展人" rules={[{ required: true, whitespace: true, message: '请填写开展人' }]} fieldProps={{ maxLength: 100 }} />
      <ProFormTextArea name="notes" label="情况记录" fieldProps={{ rows: 3, maxLength: 2000, showCount: true }} />
    </ModalForm>
  );
}
