import { Card, Col, DatePicker, Form, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { NumberWithUnit } from '../../../platform/ui/NumberWithUnit';
import { fieldLabel } from '../policy-labels';

export type DocPath = (string | number)[];

/** Every document field lives under `document` in the form; the server's paths are relative to the document. */
export const docName = (path: DocPath) => ['document', ...path];

interface NumberFieldProps {
  path: DocPath;
  /** Defaults to the field's entry in FIELD_LABELS. */
  label?: string;
  /** 工作日, %, 月, 年, 人, 次, 岁 … shown after the input. */
  unit: string;
  min?: number;
  max?: number;
  tooltip?: ReactNode;
}

/** A whole number with its unit; the schema counts everything in integers (percents, months, working days). */
export function NumberField({ path, label = fieldLabel(path), unit, min = 0, max, tooltip }: NumberFieldProps) {
  return (
    <Form.Item name={docName(path)} label={label} tooltip={tooltip} rules={[{ required: true, message: `请填写${label}` }]}>
      <NumberWithUnit unit={unit} min={min} max={max ?? (unit === '%' ? 100 : undefined)} />
    </Form.Item>
  );
}

/** The document stores `YYYY-MM-DD` strings; the picker works with dayjs. */
export function DateField({ path, label = fieldLabel(path), tooltip }: { path: DocPath; label?: string; tooltip?: ReactNode }) {
  return (
    <Form.Item
      name={docName(path)}
      label={label}
      tooltip={tooltip}
      rules={[{ required: true, message: `请选择${label}` }]}
      getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value) : undefined })}
      normalize={(value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined)}
    >
      <DatePicker style={{ width: '100%' }} />
    </Form.Item>
  );
}

/** A titled block of the policy form with its fields in a responsive grid. */
export function Section({ id, title, note, children }: { id: string; title: string; note?: ReactNode; children: ReactNode }) {
  return (
    <Card id={`policy-${id}`} size="small" title={title} extra={note}>
      <Row gutter={16}>{children}</Row>
    </Card>
  );
}

/** One grid cell; `wide` spans the full row (checkbox groups, lists). */
export function Cell({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return wide ? (
    <Col span={24}>{children}</Col>
  ) : (
    <Col xs={24} sm={12} xl={8}>
      {children}
    </Col>
  );
}
