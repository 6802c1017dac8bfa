import { CLARIFICATION_FORMS } from '@dandang/shared/complaints/complaint.codes';
import type { ComplaintDetail } from '@dandang/shared/complaints/complaint-view.schema';
import { CLARIFICATION_IMPACTS } from '@dandang/shared/rules/clarification.rules';
import { Button, Checkbox, Form, Input, Select, Space, Switch } from 'antd';
import { StepModal } from '../../../platform/forms/StepModal';
import { complaintsApi } from '../hooks/complaintsApi';

const checkboxes = (codes: Record<string, string>) => (
  <Checkbox.Group>
    <Space direction="vertical">
      {Object.entries(codes).map(([code, label]) => (
        <Checkbox key={code} value={code}>
          {label}
        </Checkbox>
      ))}
    </Space>
  </Checkbox.Group>
);

/**
 * 提出澄清正名 for one accused cadre not yet proposed (检举控告工作规则第五十条): which points proved false, how the
 * report affected them, and how and where to clear them. The cadre is then asked to agree.
 */
export function ProposeClarificationButton({ detail, onDone }: { detail: ComplaintDetail; onDone: () => void }) {
  const proposed = new Set(detail.clarifications.map((c) => c.cadreId));
  const open = detail.accused.filter((a) => !proposed.has(a.cadreId));
  if (open.length === 0) return null;
  return (
    <StepModal<Record<string, unknown>>
      title={`提出澄清正名（${detail.case.number}）`}
      trigger={<Button type="primary">提出澄清正名</Button>}
      initialValues={{ cadreId: open[0]?.cadreId, impacts: [], forms: ['EXPLANATION'], scopeNote: '', toleranceGranted: false }}
      submit={(v) => complaintsApi.propose(detail.case.id, v)}
      done="已提出澄清正名，待本人表态"
      onDone={onDone}
    >
      <Form.Item name="cadreId" label="澄清对象" rules={[{ required: true, message: '请选择澄清对象' }]}>
        <Select options={open.map((a) => ({ value: a.cadreId, label: `${a.name}（${a.unitName}）` }))} style={{ width: 320 }} />
      </Form.Item>
      <Form.Item name="falsePoints" label="予以澄清的失实问题" rules={[{ required: true, min: 2, message: '请写明经核查失实的问题' }]}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="impacts" label="影响情形" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一项影响情形' }]}>
        {checkboxes(CLARIFICATION_IMPACTS)}
      </Form.Item>
      <Form.Item name="forms" label="澄清方式" rules={[{ required: true, type: 'array', min: 1, message: '请选择澄清方式' }]}>
        {checkboxes(CLARIFICATION_FORMS)}
      </Form.Item>
      <Form.Item name="scopeNote" label="澄清范围">
        <Input maxLength={500} placeholder="如：在县教育局党组会议上通报" />
      </Form.Item>
      {detail.conclusion?.code === 'PARTLY_TRUE' && (
        <Form.Item name="toleranceGranted" label="属实部分已予容错" valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
    </StepModal>
  );
}
