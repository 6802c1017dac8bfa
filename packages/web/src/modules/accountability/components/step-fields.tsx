import { ADJUSTMENT_KIND_LABELS, ADJUSTMENT_KINDS } from '@dandang/shared/accountability/adjustment.rules';
import { CIRCUMSTANCE_LABELS, CIRCUMSTANCES, type SubjectKind } from '@dandang/shared/accountability/forms';
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import type { ReactNode } from 'react';
import type { FieldsFor } from '../../cases/components/CaseActions';
import { FormsSelect } from './FormsSelect';

const day = (field: string, label: string, required = true) => (
  <Form.Item name={['fields', field]} label={label} rules={required ? [{ required: true, message: `请选择${label}` }] : []}>
    <DatePicker />
  </Form.Item>
);
const text = (field: string, label: string, required = true, rows = 2) => (
  <Form.Item name={['fields', field]} label={label} rules={required ? [{ required: true, message: `请填写${label}` }] : []}>
    {rows > 1 ? <Input.TextArea autoSize={{ minRows: rows }} maxLength={5000} /> : <Input maxLength={100} />}
  </Form.Item>
);

/** The forms of the accountability steps that record more than a reason: the decision, its execution, its correction. */
export function accountabilityStepFields(subjectKind: SubjectKind, toleranceCircumstance: string | null): FieldsFor {
  return (action): ReactNode | undefined => {
    switch (action.action) {
      case 'decide':
        return (
          <>
            <Form.Item name={['fields', 'forms']} label="问责方式" rules={[{ required: true, type: 'array', min: 1, message: '请选择问责方式' }]}>
              <FormsSelect subjectKind={subjectKind} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate>
              {({ getFieldValue }) =>
                (getFieldValue(['fields', 'forms']) ?? []).includes('PARTY_PROBATION') && (
                  <Form.Item name={['fields', 'probationMonths']} label="留党察看期限" rules={[{ required: true, message: '请选择期限' }]}>
                    <Radio.Group options={[12, 24].map((m) => ({ value: m, label: `${m} 个月` }))} />
                  </Form.Item>
                )
              }
            </Form.Item>
            <Form.Item
              name={['fields', 'circumstance']}
              label="问责情节"
              initialValue={toleranceCircumstance ?? 'NONE'}
              extra={toleranceCircumstance ? '已有容错认定，情节依认定结果' : undefined}
            >
              <Select options={CIRCUMSTANCES.map((c) => ({ value: c, label: CIRCUMSTANCE_LABELS[c] }))} disabled={toleranceCircumstance !== null} />
            </Form.Item>
            {day('decidedOn', '决定日期')}
            {text('documentNo', '决定文号', false, 1)}
            {text('decidingBody', '决定机关（不填为牵头机关）', false, 1)}
            {text('basis', '问责事实与依据', true, 3)}
          </>
        );
      case 'execute':
        return day('executedOn', '执行完成日期');
      case 'correct':
        return (
          <>
            {day('correctedOn', '纠正日期', false)}
            {text('documentNo', '纠正文号', false, 1)}
          </>
        );
      case 'hear':
        return text('verification', '核实情况', true, 3);
      case 'submit':
        return (
          <>
            {day('heardOn', '听取陈述日期', false)}
            {text('statement', '本人陈述意见', true, 3)}
          </>
        );
      case 'adjust':
        return (
          <>
            <Form.Item name={['fields', 'adjustment']} label="调整方式" rules={[{ required: true, message: '请选择调整方式' }]}>
              <Radio.Group options={ADJUSTMENT_KINDS.map((k) => ({ value: k, label: ADJUSTMENT_KIND_LABELS[k] }))} />
            </Form.Item>
            {day('meetingDate', '会议日期')}
            {day('decidedOn', '决定日期')}
            {text('documentNo', '决定文号', false, 1)}
            {text('decidingBody', '决定机关', false, 1)}
          </>
        );
      default:
        return undefined;
    }
  };
}
