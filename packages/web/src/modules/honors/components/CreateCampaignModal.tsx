import { ModalForm, ProFormDatePicker, ProFormDigit, ProFormList, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { HONOR_KINDS, type HonorKind } from '@dandang/shared/honors/honor.codes';
import { Form, Space } from 'antd';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { UnitTreeSelect } from '../../org';
import { honorsApi } from '../hooks/honorsApi';

interface Values {
  title: string;
  kind: HonorKind;
  year: number;
  nominationEndsOn: string;
  quotas: Array<{ unitId: string; quota: number }>;
}

/** 发起评选 (honor.manage): the campaign's name, kind and year, the nomination deadline, and each unit's places. */
export function CreateCampaignModal({ onClose, onDone }: { onClose: () => void; onDone: (id: string) => void }) {
  const [form] = Form.useForm<Values>();
  const submit = useModalSubmit(form);
  const year = new Date().getFullYear();
  return (
    <ModalForm<Values>
      title="发起评选"
      name="honorCampaign"
      form={form}
      open
      width={640}
      modalProps={formModalProps(onClose)}
      initialValues={{ kind: 'GOOD_CADRE', year, quotas: [{ quota: 1 }] }}
      submitter={{ searchConfig: { submitText: '发起' } }}
      onFinish={(values) =>
        submit(() => honorsApi.create({ ...values, title: values.title.trim() }), { done: '已发起评选', onDone: (c) => onDone(c.id), onReload: onClose })
      }
    >
      <ProFormText
        name="title"
        label="评选活动名称"
        placeholder={`如：${year}年度担当实干好干部评选`}
        rules={[{ required: true, whitespace: true, message: '请填写评选活动名称' }]}
        fieldProps={{ maxLength: 100 }}
      />
      <Space size="large" wrap>
        <ProFormSelect
          name="kind"
          label="荣誉类别"
          width="sm"
          options={Object.entries(HONOR_KINDS).map(([value, label]) => ({ value, label }))}
          rules={[{ required: true, message: '请选择荣誉类别' }]}
        />
        <ProFormDigit
          name="year"
          label="年度"
          width="xs"
          min={2000}
          max={2100}
          fieldProps={{ precision: 0 }}
          rules={[{ required: true, message: '请填写年度' }]}
        />
        <ProFormDatePicker name="nominationEndsOn" label="推荐截止日期" rules={[{ required: true, message: '请选择推荐截止日期' }]} />
      </Space>
      <ProFormList
        name="quotas"
        label="推荐名额（按单位）"
        creatorButtonProps={{ creatorButtonText: '添加单位' }}
        min={1}
        copyIconProps={false}
        itemContainerRender={(dom) => <Space align="start">{dom}</Space>}
      >
        <Space align="start">
          <Form.Item name="unitId" rules={[{ required: true, message: '请选择单位' }]} style={{ width: 320 }}>
            <UnitTreeSelect placeholder="选择单位" />
          </Form.Item>
          <ProFormDigit
            name="quota"
            placeholder="名额"
            min={1}
            max={100}
            fieldProps={{ precision: 0, addonAfter: '名' }}
            rules={[{ required: true, message: '请填写名额' }]}
          />
        </Space>
      </ProFormList>
    </ModalForm>
  );
}
