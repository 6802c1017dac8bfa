import type { ClarificationImpact, ComplaintConclusion } from '@dandang/shared/rules/clarification.rules';
import { Checkbox, Form, Select } from 'antd';
import { describeClarification } from '../result-views';
import type { ClarificationInput, ClarificationResult, RuleFormSpec } from '../rules.types';
import { CONCLUSION_OPTIONS, IMPACT_OPTIONS } from '../rules-labels';
import { CodeChecklist } from './CodeChecklist';

interface Values {
  conclusion?: ComplaintConclusion;
  impacts?: ClarificationImpact[];
  consent?: boolean;
  toleranceGranted?: boolean;
}

function ClarificationFields() {
  const conclusion = Form.useWatch<ComplaintConclusion | undefined>('conclusion');
  return (
    <>
      <Form.Item name="conclusion" label="核查结论" rules={[{ required: true, message: '请选择核查结论' }]} style={{ maxWidth: 420 }}>
        <Select options={CONCLUSION_OPTIONS} placeholder="选择核查结论" />
      </Form.Item>
      {conclusion === 'PARTLY_TRUE' && (
        <Form.Item name="toleranceGranted" valuePropName="checked">
          <Checkbox>属实部分已予容错</Checkbox>
        </Form.Item>
      )}
      <Form.Item name="impacts" label="对干部的影响">
        <CodeChecklist options={IMPACT_OPTIONS} />
      </Form.Item>
      <Form.Item name="consent" valuePropName="checked">
        <Checkbox>本人同意澄清</Checkbox>
      </Form.Item>
    </>
  );
}

export const clarificationForm: RuleFormSpec<Values, ClarificationInput, ClarificationResult> = {
  rule: 'clarification',
  intro: '检举控告经核查失实、诬告陷害或错告误告，对干部造成影响且本人同意的，予以澄清正名（检举控告工作规则第五十条）。',
  Fields: ClarificationFields,
  initialValues: () => ({ impacts: [], consent: false }),
  toInput: (values) => ({
    conclusion: values.conclusion as ComplaintConclusion,
    impacts: values.impacts ?? [],
    consent: Boolean(values.consent),
    // Only asked, and only sent, for 部分属实: for any other conclusion it would mean nothing.
    ...(values.conclusion === 'PARTLY_TRUE' ? { toleranceGranted: Boolean(values.toleranceGranted) } : {}),
  }),
  describe: describeClarification,
  groupedFields: ['impacts'],
};
