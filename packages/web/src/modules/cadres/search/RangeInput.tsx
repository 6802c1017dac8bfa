import { InputNumber, Space } from 'antd';
import type { Range } from './roster-filter';

interface Props {
  value?: Range;
  onChange?: (value: Range) => void;
  /** What the numbers count, shown after them (岁, 年). */
  unit: string;
  'aria-label'?: string;
}

/** A from–to pair of whole numbers (either end may stay empty), for age and years ranges. */
export function RangeInput({ value, onChange, unit, 'aria-label': label }: Props) {
  const [min, max] = value ?? [undefined, undefined];
  return (
    <Space.Compact block>
      <InputNumber
        min={0}
        max={100}
        precision={0}
        placeholder="从"
        value={min}
        aria-label={label ? `${label}最小` : undefined}
        onChange={(next) => onChange?.([next, max])}
        style={{ width: '50%' }}
      />
      <InputNumber
        min={0}
        max={100}
        precision={0}
        placeholder="到"
        value={max}
        addonAfter={unit}
        aria-label={label ? `${label}最大` : undefined}
        onChange={(next) => onChange?.([min, next])}
        style={{ width: '50%' }}
      />
    </Space.Compact>
  );
}
