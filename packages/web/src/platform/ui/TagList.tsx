import { Space, Tag } from 'antd';

/** Free tags (领域, 专业 …) in one colour, wrapping onto as many lines as they need; '—' when there are none. */
export function TagList({ values, color }: { values: string[]; color?: string }) {
  if (values.length === 0) return '—';
  return (
    <Space size={[0, 4]} wrap>
      {values.map((v) => (
        <Tag key={v} color={color}>
          {v}
        </Tag>
      ))}
    </Space>
  );
}
