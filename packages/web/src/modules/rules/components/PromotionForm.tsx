import type { AnnualGrade } from '@dandang/shared/rules/reason';
import { Checkbox, Col, Form, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { describePromotion } from '../result-views';
import type { PromotionInput, PromotionResult, RuleFormSpec } from '../rules.types';
import { GRADE_OPTIONS } from '../rules-labels';
import { DateField } from './DateField';
import { MeasureRows, type MeasureValues, toMeasureInputs } from './MeasureRows';

interface Values {
  asOf: string;
  measures?: MeasureValues[];
  lastYearGrade?: AnnualGrade;
  underInvestigation?: boolean;
}

function PromotionFields() {
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <DateField name="asOf" label="审查日期" tooltip="按这一天判断影响期是否仍在进行" />
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="lastYearGrade" label="上一年度考核等次">
            <Select options={GRADE_OPTIONS} allowClear placeholder="未定等次或无需考虑" />
          </Form.Item>
        </Col>
      </Row>
      <MeasureRows emptyText="未添加措施：只看立案审查调查和上一年度考核等次。" />
      <Form.Item name="underInvestigation" valuePropName="checked">
        <Checkbox>正在接受立案审查调查、尚未结案</Checkbox>
      </Form.Item>
    </>
  );
}

export const promotionForm: RuleFormSpec<Values, PromotionInput, PromotionResult> = {
  rule: 'promotion',
  intro: '影响期内不得提拔或者进一步使用；有多项措施的，按最长的影响期计算（干部任用条例第二十四条、政务处分法第八条、纪律处分条例）。',
  Fields: PromotionFields,
  initialValues: () => ({ asOf: dayjs().format('YYYY-MM-DD'), measures: [{}] }),
  toInput: (values) => ({
    asOf: values.asOf,
    measures: toMeasureInputs(values.measures),
    ...(values.lastYearGrade ? { lastYearGrade: values.lastYearGrade } : {}),
    underInvestigation: Boolean(values.underInvestigation),
  }),
  describe: describePromotion,
};
