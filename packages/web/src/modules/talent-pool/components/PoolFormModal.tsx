import { ModalForm, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { POOL_LEVEL_LABELS, POOL_LEVELS, type TalentPool } from '@dandang/shared/cadres/talent-pool.schema';
import { Form } from 'antd';
import { T } from '../../../i18n/zh-CN';
import { formModalProps } from '../../../platform/forms/form-modal';
import { labelledOptions } from '../../../platform/forms/options';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { type PoolFields, talentPoolApi } from '../hooks/talentPoolApi';

export const levelOptions = labelledOptions(POOL_LEVELS, POOL_LEVEL_LABELS);

/** Creates a pool, or edits one (name, field, specialty, level, description). */
export function PoolFormModal({ pool, onClose, onSaved }: { pool?: TalentPool; onClose: () => void; onSaved: (pool: TalentPool) => void }) {
  const [form] = Form.useForm<PoolFields>();
  const submit = useModalSubmit(form);
  return (
    <ModalForm<PoolFields>
      title={pool ? '修改人才库' : '新建人才库'}
      name="talentPool"
      form={form}
      open
      grid
      rowProps={{ gutter: [12, 0] }}
      modalProps={formModalProps(onClose)}
      initialValues={pool ?? { level: 'SECTION' }}
      submitter={{ searchConfig: { submitText: T.save } }}
      onFinish={(values) => {
        const body = { ...values, field: values.field ?? '', specialty: values.specialty ?? '', description: values.description ?? '' };
        const write = () => (pool ? talentPoolApi.update(pool.id, { ...body, version: pool.version }) : talentPoolApi.create(body));
        return submit(write, { done: T.saved, onDone: onSaved, onReload: onClose });
      }}
    >
      <ProFormText
        name="name"
        label="名称"
        colProps={{ span: 24 }}
        rules={[{ required: true, message: '请填写人才库名称' }]}
        fieldProps={{ maxLength: 50 }}
        placeholder="如：经济领域科级优秀年轻干部库"
      />
      <ProFormText name="field" label="领域" colProps={{ xs: 24, sm: 8 }} fieldProps={{ maxLength: 20 }} extra="与干部的领域标签对应；留空则不限" />
      <ProFormText name="specialty" label="专业" colProps={{ xs: 24, sm: 8 }} fieldProps={{ maxLength: 20 }} extra="与干部的专业标签对应；留空则不限" />
      <ProFormSelect
        name="level"
        label="层次"
        colProps={{ xs: 24, sm: 8 }}
        options={levelOptions}
        allowClear={false}
        rules={[{ required: true, message: '请选择层次' }]}
      />
      <ProFormTextArea name="description" label="说明" colProps={{ span: 24 }} fieldProps={{ rows: 2, maxLength: 500 }} />
    </ModalForm>
  );
}
