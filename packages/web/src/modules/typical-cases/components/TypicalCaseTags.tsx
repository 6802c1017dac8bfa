import type { TypicalCaseView } from '@dandang/shared/typical-cases/typical-case.schema';
import { Space, Tag } from 'antd';
import { OUTCOME_COLORS, TYPE_COLORS } from '../typical-case-labels';

/** 类型, 处理结果, 年度 and the keywords, in that order, wrapping as needed. */
export function TypicalCaseTags({ tags, centered }: { tags: TypicalCaseView['tags']; centered?: boolean }) {
  return (
    <Space size={[0, 6]} wrap style={centered ? { justifyContent: 'center', width: '100%' } : undefined}>
      <Tag color={TYPE_COLORS[tags.type]}>{tags.typeLabel}</Tag>
      <Tag color={OUTCOME_COLORS[tags.outcome]}>{tags.outcomeLabel}</Tag>
      <Tag>{tags.year} 年</Tag>
      {tags.keywords.map((k) => (
        <Tag key={k} bordered={false}>
          #{k}
        </Tag>
      ))}
    </Space>
  );
}
