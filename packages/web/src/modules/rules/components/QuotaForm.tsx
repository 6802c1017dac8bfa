import type { UnitResult } from '@dandang/shared/policy/policy.schema';
import { formatDecimal, parseDecimal, type Rounding } from '@dandang/shared/rules/decimal';
import { Col, Form, InputNumber, type InputNumberProps, Row, Select, Space } from 'antd';
import { NumberWithUnit } from '../../../platform/ui/NumberWithUnit';
import { describeQuota } from '../result-views';
import type { QuotaInput, QuotaResult, RuleFormSpec } from '../rules.types';
import { ROUNDING_OPTIONS, UNIT_RESULT_OPTIONS } from '../rules-labels';

interface Values {
  participants: number;
  /** Percent text as typed ("15", "12.5"); the field keeps the rule's name so a server error lands on it. */
  ratio?: string | null;
  rounding?: Rounding;
  unitResult?: UnitResult;
}

/** "15" → "0.15" by shifting the decimal point, so 15% reaches the server as the exact decimal the user meant. */
export function percentToRatio(percent: string): string | undefined {
  const decimal = parseDecimal(percent);
  return decimal ? formatDecimal({ digits: decimal.digits, scale: decimal.scale + 2 }) : undefined;
}

/** A percent that may have decimals (12.5%), kept as text so no float ever touches it. */
function PercentInput(props: InputNumberProps<string>) {
  return (
    <Space.Compact block>
      <InputNumber<string> stringMode min="0" max="100" style={{ width: '100%' }} {...props} />
      <Space.Addon>%</Space.Addon>
    </Space.Compact>
  );
}

function QuotaFields() {
  return (
    <Row gutter={12}>
      <Col xs={24} sm={12}>
        <Form.Item name="participants" label="参加考核人数" rules={[{ required: true, message: '请填写参加考核人数' }]}>
          <NumberWithUnit unit="人" min={0} max={1_000_000} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="ratio" label="优秀比例" extra="留空按现行政策的比例">
          <PercentInput placeholder="如 15" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="rounding" label="取整方式">
          <Select options={ROUNDING_OPTIONS} allowClear placeholder="按现行政策" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="unitResult" label="单位考核结果" extra="政策将个人优秀比例与单位考核结果挂钩时填写">
          <Select options={UNIT_RESULT_OPTIONS} allowClear placeholder="不区分" />
        </Form.Item>
      </Col>
    </Row>
  );
}

export const quotaForm: RuleFormSpec<Values, QuotaInput, QuotaResult> = {
  rule: 'quota',
  intro: '优秀等次人数不超过参加考核人数的规定比例；比例和取整方式按现行政策（全国默认 20%、向下取整），也可指定。比例按十进制精确计算。',
  Fields: QuotaFields,
  initialValues: () => ({}),
  toInput: (values) => {
    const ratio = values.ratio ? percentToRatio(values.ratio) : undefined;
    return {
      participants: values.participants,
      ...(ratio !== undefined ? { ratio } : {}),
      ...(values.rounding ? { rounding: values.rounding } : {}),
      ...(values.unitResult ? { unitResult: values.unitResult } : {}),
    };
  },
  describe: describeQuota,
};
