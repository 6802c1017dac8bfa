import { Form, Select, Switch } from 'antd';
import { FIELD_LABELS, ROUNDING_OPTIONS, SECTION_TITLES, UNIT_RESULT_LABELS } from '../../policy-labels';
import { Cell, docName, NumberField, Section } from '../fields';

export function QuotaSection() {
  const linked = Form.useWatch(docName(['quota', 'linkToUnitResult'])) as boolean | undefined;
  const pooled = Form.useWatch(docName(['quota', 'pooling', 'enabled'])) as boolean | undefined;
  return (
    <Section id="quota" title={SECTION_TITLES.quota} note="公务员考核规定：优秀等次一般不超过参加考核人数的 20%">
      <Cell>
        <NumberField path={['quota', 'excellentPercent']} unit="%" />
      </Cell>
      <Cell>
        <NumberField path={['quota', 'maxRaisedPercent']} unit="%" />
      </Cell>
      <Cell>
        <Form.Item name={docName(['quota', 'rounding'])} label={FIELD_LABELS['quota.rounding']} rules={[{ required: true, message: '请选择取整方式' }]}>
          <Select options={ROUNDING_OPTIONS} />
        </Form.Item>
      </Cell>
      <Cell>
        <Form.Item name={docName(['quota', 'pooling', 'enabled'])} label={FIELD_LABELS['quota.pooling.enabled']} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Cell>
      <Cell>
        <NumberField
          path={['quota', 'pooling', 'minUnitSize']}
          label={`${FIELD_LABELS['quota.pooling.minUnitSize']}${pooled === false ? '（未启用）' : ''}`}
          unit="人"
          min={1}
        />
      </Cell>
      <Cell>
        <Form.Item name={docName(['quota', 'linkToUnitResult'])} label={FIELD_LABELS['quota.linkToUnitResult']} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Cell>
      {(Object.keys(UNIT_RESULT_LABELS) as (keyof typeof UNIT_RESULT_LABELS)[]).map((result) => (
        <Cell key={result}>
          <NumberField
            path={['quota', 'unitResultPercents', result]}
            label={`${FIELD_LABELS[`quota.unitResultPercents.${result}`]}${linked === false ? '（未启用）' : ''}`}
            unit="%"
          />
        </Cell>
      ))}
    </Section>
  );
}
