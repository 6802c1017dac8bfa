import { TOLERANCE_DECISIONS } from '@dandang/shared/tolerance/tolerance-decision.rules';
import type { RecommendationView } from '@dandang/shared/tolerance/tolerance-view.schema';
import { DatePicker, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { FieldsFor } from '../../cases/components/CaseActions';

const names = (field: string, label: string) => (
  <Form.Item name={['fields', field]} label={label} rules={[{ required: true, type: 'array', min: 1, message: `请填写${label}` }]}>
    <Select mode="tags" open={false} tokenSeparators={['、', ',', '，', ' ']} placeholder="逐个输入后回车" />
  </Form.Item>
);
const day = (field: string, label: string) => (
  <Form.Item name={['fields', field]} label={label} rules={[{ required: true, message: `请选择${label}` }]}>
    <DatePicker />
  </Form.Item>
);
const vote = (key: 'for' | 'against' | 'abstain', label: string) => (
  <Form.Item name={['fields', 'votes', key]} label={label} rules={[{ required: true, message: `请填写${label}票数` }]} initialValue={0}>
    <InputNumber min={0} precision={0} style={{ width: 90 }} />
  </Form.Item>
);

/** The forms of the tolerance steps that record more than a line of text: the meeting, the feedback, the filing. */
export function toleranceStepFields(recommendation: RecommendationView | null): FieldsFor {
  return (action): ReactNode | undefined => {
    switch (action.action) {
      case 'decide':
        return (
          <>
            {recommendation && (
              <Typography.Paragraph type="secondary">系统建议：{recommendation.outcomeLabel}。认定结果与建议不一致的，须写明理由。</Typography.Paragraph>
            )}
            {day('meetingDate', '会议日期')}
            {names('attendees', '参会人员')}
            <Space size="large">
              {vote('for', '赞成')}
              {vote('against', '反对')}
              {vote('abstain', '弃权')}
            </Space>
            <Form.Item name={['fields', 'decision']} label="认定结果" rules={[{ required: true, message: '请选择认定结果' }]}>
              <Select options={Object.entries(TOLERANCE_DECISIONS).map(([value, label]) => ({ value, label }))} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name={['fields', 'differenceReason']} label="与系统建议不一致的理由">
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
            </Form.Item>
          </>
        );
      case 'feedback':
        return (
          <>
            {day('feedbackOn', '反馈日期')}
            {names('recipients', '反馈对象（本人及所在党组织）')}
          </>
        );
      case 'file':
      case 'fileAndClose':
        return (
          <>
            {day('filedOn', '报备日期')}
            {names('filedWith', '报备机关')}
          </>
        );
      default:
        return undefined;
    }
  };
}
