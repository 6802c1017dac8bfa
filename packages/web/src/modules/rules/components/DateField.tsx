import { DatePicker, Form, type FormItemProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';

interface Props {
  name: FormItemProps['name'];
  label: string;
  required?: boolean;
  tooltip?: ReactNode;
  extra?: ReactNode;
}

/**
 * A date as the rules API takes it: the form holds `YYYY-MM-DD` text, so the input JSON is the form's own values and a
 * server error path (`measures.0.effectiveOn`) lands on this very field. The picker still accepts typed dates + Enter.
 */
export function DateField({ name, label, required = true, tooltip, extra }: Props) {
  return (
    <Form.Item
      name={name}
      label={label}
      tooltip={tooltip}
      extra={extra}
      rules={required ? [{ required: true, message: `请选择${label}` }] : undefined}
      getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value) : undefined })}
      normalize={(value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined)}
    >
      <DatePicker
        style={{ width: '100%' }}
        format="YYYY-MM-DD"
        // Enter confirms a typed date; without this the browser also submits the form, which then flags every field
        // the user has not reached yet.
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
    </Form.Item>
  );
}
