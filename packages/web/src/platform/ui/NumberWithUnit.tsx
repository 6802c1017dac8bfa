import { InputNumber, type InputNumberProps, Space } from 'antd';

interface Props extends Omit<InputNumberProps<number>, 'addonAfter' | 'addonBefore'> {
  /** 工作日, %, 月, 年 … shown after the number. */
  unit: string;
}

/**
 * A whole number with its unit. antd 5.29 deprecates InputNumber's addonAfter in favour of Space.Compact; this keeps
 * one controlled input (Form.Item injects value/onChange/id into it) with the unit as a compact addon.
 */
export function NumberWithUnit({ unit, style, ...props }: Props) {
  return (
    <Space.Compact block style={style}>
      <InputNumber<number> precision={0} style={{ width: '100%' }} {...props} />
      <Space.Addon style={{ whiteSpace: 'nowrap' }}>{unit}</Space.Addon>
    </Space.Compact>
  );
}
