import type { AdjustmentView } from '@dandang/shared/accountability/adjustment.schema';
import { UNFIT_SITUATIONS } from '@dandang/shared/accountability/unfit-situations';
import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { CadreSelect } from '../../cadres';
import { adjustmentApi } from '../hooks/accountabilityApi';

interface ClueForm {
  cadreId: string;
  situation: keyof typeof UNFIT_SITUATIONS;
  clue: string;
  source: string;
}

/** 登记不担当不作为线索: the cadre, which of the fifteen situations (能上能下规定第五条) it points to, and where it came from. */
export function AdjustmentFormModal({
  open,
  onClose,
  onCreated,
  followUp,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (a: AdjustmentView) => void;
  /** A 能上能下 task of the annual assessment the clue comes from: its cadre and its year's grade are the clue's. */
  followUp?: { id: string; name: string; year: number };
}) {
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<ClueForm>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      onCreated(await adjustmentApi.open(followUp ? { followUpId: followUp.id, situation: v.situation, clue: v.clue } : v));
    } catch (error) {
      handleError(error, { form });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title="登记不担当不作为线索" open={open} onOk={submit} onCancel={onClose} confirmLoading={busy} okText="登记" width={680} destroyOnHidden>
      <Form<ClueForm> form={form} layout="vertical" preserve={false}>
        {followUp ? (
          <Form.Item label="干部">{`${followUp.name}（${followUp.year}年度考核结果运用）`}</Form.Item>
        ) : (
          <Form.Item name="cadreId" label="干部" rules={[{ required: true, message: '请选择干部' }]}>
            <CadreSelect />
          </Form.Item>
        )}
        <Form.Item name="situation" label="不适宜担任现职情形" rules={[{ required: true, message: '请选择情形' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={Object.entries(UNFIT_SITUATIONS).map(([value, label], i) => ({ value, label: `（${i + 1}）${label}` }))}
          />
        </Form.Item>
        <Form.Item name="clue" label="线索内容" rules={[{ required: true, message: '请填写线索内容' }]}>
          <Input.TextArea autoSize={{ minRows: 4 }} maxLength={5000} />
        </Form.Item>
        {!followUp && (
          <Form.Item name="source" label="线索来源" rules={[{ required: true, message: '请填写线索来源' }]}>
            <Input maxLength={200} placeholder="如：巡察反馈、群众反映、年度考核" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
