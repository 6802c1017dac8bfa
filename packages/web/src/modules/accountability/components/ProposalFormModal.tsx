import type { ProposalResult } from '@dandang/shared/accountability/accountability-case.schema';
import { BODY_LABELS, PROPOSING_BODIES, SUBJECT_KIND_LABELS, SUBJECT_KINDS, type SubjectKind } from '@dandang/shared/accountability/forms';
import { DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { CadreSelect } from '../../cadres';
import { UnitTreeSelect } from '../../org';
import { matterApi } from '../hooks/accountabilityApi';
import { FormsSelect } from './FormsSelect';

interface ProposalForm {
  body: (typeof PROPOSING_BODIES)[number];
  subjectKind: SubjectKind;
  cadreId?: string;
  unitId?: string;
  forms: string[];
  probationMonths?: 12 | 24;
  facts: string;
  grounds: string;
  opinion?: string;
  proposedOn?: Dayjs;
}

/**
 * 提出问责建议: one body's proposal for one subject of a matter. A proposal for a subject that already has a case on
 * this matter joins it (问责统筹); one after the decision is refused (同一事实不得重复问责).
 */
export function ProposalFormModal({
  matterId,
  open,
  onClose,
  onDone,
}: {
  matterId: string;
  open: boolean;
  onClose: () => void;
  onDone: (r: ProposalResult) => void;
}) {
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<ProposalForm>();
  const [busy, setBusy] = useState(false);
  const subjectKind = Form.useWatch('subjectKind', form) ?? 'CADRE';
  const forms = Form.useWatch('forms', form) ?? [];
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      onDone(
        await matterApi.propose(matterId, {
          ...v,
          forms: v.forms as never,
          opinion: v.opinion ?? '',
          proposedOn: v.proposedOn ? v.proposedOn.format('YYYY-MM-DD') : undefined,
        }),
      );
    } catch (error) {
      handleError(error, { form });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title="提出问责建议" open={open} onOk={submit} onCancel={onClose} confirmLoading={busy} okText="提交" width={680} destroyOnHidden>
      <Form<ProposalForm> form={form} layout="vertical" preserve={false} initialValues={{ subjectKind: 'CADRE', forms: [] }}>
        <Form.Item name="body" label="提出机关" rules={[{ required: true, message: '请选择提出机关' }]}>
          <Select options={PROPOSING_BODIES.map((b) => ({ value: b, label: BODY_LABELS[b] }))} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="subjectKind" label="问责对象">
          <Radio.Group
            options={SUBJECT_KINDS.map((k) => ({ value: k, label: SUBJECT_KIND_LABELS[k] }))}
            onChange={() => form.setFieldsValue({ forms: [], cadreId: undefined, unitId: undefined })}
          />
        </Form.Item>
        {subjectKind === 'CADRE' ? (
          <Form.Item name="cadreId" label="被问责的领导干部" rules={[{ required: true, message: '请选择被问责的干部' }]}>
            <CadreSelect />
          </Form.Item>
        ) : (
          <Form.Item name="unitId" label="被问责的党组织所在单位" rules={[{ required: true, message: '请选择单位' }]}>
            <UnitTreeSelect />
          </Form.Item>
        )}
        <Form.Item name="forms" label="建议的问责方式" rules={[{ required: true, type: 'array', min: 1, message: '请选择问责方式' }]}>
          <FormsSelect subjectKind={subjectKind} />
        </Form.Item>
        {forms.includes('PARTY_PROBATION') && (
          <Form.Item name="probationMonths" label="留党察看期限" rules={[{ required: true, message: '请选择留党察看期限' }]}>
            <Radio.Group options={[12, 24].map((m) => ({ value: m, label: `${m} 个月` }))} />
          </Form.Item>
        )}
        <Form.Item name="facts" label="问责事实" rules={[{ required: true, message: '请填写问责事实' }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="grounds" label="问责依据" rules={[{ required: true, message: '请填写问责依据' }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="opinion" label="意见">
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="proposedOn" label="建议日期（不填为今天）">
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
