import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { MeasureCode, MeasureRecord } from '@dandang/shared/rules/measures';
import { Button, Col, Form, Row, Select, Typography } from 'antd';
import { MEASURE_OPTIONS, PROBATION_OPTIONS } from '../rules-labels';
import { DateField } from './DateField';

/** A measure row as the form holds it: the code may still be unpicked. */
export interface MeasureValues {
  code?: MeasureCode;
  effectiveOn?: string;
  months?: number;
  liftedOn?: string;
}

/**
 * Only the fields the chosen measure has: a row switched from 留党察看 to another measure keeps its hidden 察看期
 * in the form store, and sending it would earn a server error on a field the user can no longer see.
 */
export function toMeasureInputs(rows: MeasureValues[] | undefined): MeasureRecord[] {
  return (rows ?? []).map(({ code, effectiveOn, months, liftedOn }) => ({
    code: code as MeasureCode,
    effectiveOn: effectiveOn ?? '',
    ...(code === 'PARTY_PROBATION' && months !== undefined ? { months } : {}),
    ...(code === 'ORG_SUSPEND' && liftedOn ? { liftedOn } : {}),
  }));
}

const filterByLabel = (input: string, option?: { label: string }) => Boolean(option?.label.includes(input.trim()));

function MeasureRow({ name, index, onRemove }: { name: number; index: number; onRemove: () => void }) {
  const code = Form.useWatch<MeasureCode | undefined>(['measures', name, 'code']);
  const title = `措施 ${index + 1}`;
  return (
    <fieldset aria-label={title} style={{ border: '1px solid #e5e7eb', borderRadius: 8, padding: '8px 12px 0', margin: '0 0 12px', minWidth: 0 }}>
      <Row justify="space-between" align="middle" style={{ marginBottom: 4 }}>
        <Typography.Text strong>{title}</Typography.Text>
        <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={`删除${title}`} onClick={onRemove} />
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name={[name, 'code']} label="措施" rules={[{ required: true, message: '请选择措施' }]}>
            <Select options={MEASURE_OPTIONS} placeholder="选择或输入措施名称" showSearch filterOption={filterByLabel} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <DateField name={[name, 'effectiveOn']} label="生效日期" />
        </Col>
        {code === 'PARTY_PROBATION' && (
          <Col xs={24} sm={12}>
            <Form.Item name={[name, 'months']} label="察看期" rules={[{ required: true, message: '请选择察看期' }]}>
              <Select options={PROBATION_OPTIONS} placeholder="12 或 24 个月" />
            </Form.Item>
          </Col>
        )}
        {code === 'ORG_SUSPEND' && (
          <Col xs={24} sm={12}>
            <DateField name={[name, 'liftedOn']} label="解除日期" required={false} extra="尚未解除的留空" />
          </Col>
        )}
      </Row>
    </fieldset>
  );
}

/** The cadre's measures (处理处分措施), one bordered row each, so they stack on a phone like cards. */
export function MeasureRows({ emptyText }: { emptyText: string }) {
  return (
    <Form.List name="measures">
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label="处理处分措施" required={false} style={{ marginBottom: 8 }}>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {emptyText}
            </Typography.Paragraph>
          )}
          {fields.map((field, index) => (
            <MeasureRow key={field.key} name={field.name} index={index} onRemove={() => remove(field.name)} />
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
            添加措施
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}
