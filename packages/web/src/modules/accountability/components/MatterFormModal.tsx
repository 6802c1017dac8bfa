import type { MatterView } from '@dandang/shared/accountability/matter.schema';
import { DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { CadreSelect } from '../../cadres';
import { UnitTreeSelect } from '../../org';
import { matterApi } from '../hooks/accountabilityApi';

interface MatterForm {
  title: string;
  facts: string;
  occurredOn: Dayjs;
  source?: string;
  unitIds?: string[];
  cadreIds?: string[];
}

/** 登记问责事项: the facts once, which every body's proposal then refers to. */
export function MatterFormModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (m: MatterView) => void }) {
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<MatterForm>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      onCreated(
        await matterApi.create({
          ...v,
          source: v.source ?? '',
          occurredOn: v.occurredOn.format('YYYY-MM-DD'),
          unitIds: v.unitIds ?? [],
          cadreIds: v.cadreIds ?? [],
        }),
      );
    } catch (error) {
      handleError(error, { form });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title="登记问责事项" open={open} onOk={submit} onCancel={onClose} confirmLoading={busy} okText="登记" width={680} destroyOnHidden>
      <Form<MatterForm> form={form} layout="vertical" preserve={false}>
        <Form.Item name="title" label="事项名称" rules={[{ required: true, message: '请填写事项名称' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="occurredOn" label="发生日期" rules={[{ required: true, message: '请选择发生日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="facts" label="问题事实" rules={[{ required: true, message: '请填写问题事实' }]}>
          <Input.TextArea autoSize={{ minRows: 4 }} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item name="source" label="问题来源">
          <Input maxLength={200} placeholder="如：巡察移交、督查发现、信访举报" />
        </Form.Item>
        <Form.Item name="unitIds" label="涉及单位">
          <UnitTreeSelect multiple />
        </Form.Item>
        <Form.Item name="cadreIds" label="涉及人员">
          <CadreSelect mode="multiple" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
