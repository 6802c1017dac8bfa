import type { TypicalCasePage } from '@dandang/shared/typical-cases/typical-case.schema';
import { Card, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { STATE_COLORS } from '../typical-case-labels';
import { TypicalCaseTags } from './TypicalCaseTags';

type Item = TypicalCasePage['items'][number];

/** One case in the library: its title, tags and first lines; for a publisher also its state and source number. */
export function TypicalCaseCard({ item }: { item: Item }) {
  const to = `/typical-cases/${item.id}`;
  return (
    <Card size="small" hoverable style={{ height: '100%' }} styles={{ body: { display: 'flex', flexDirection: 'column', gap: 10, height: '100%' } }}>
      <Space align="start" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Link to={to}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {item.title}
          </Typography.Title>
        </Link>
        {item.state !== 'PUBLISHED' && <Tag color={STATE_COLORS[item.state]}>{item.stateLabel}</Tag>}
      </Space>
      <TypicalCaseTags tags={item.tags} />
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }} style={{ marginBottom: 0, flex: 1 }}>
        {item.excerpt}
      </Typography.Paragraph>
      <Space split="·" size={6}>
        <Typography.Text type="secondary">{item.publishedAt ? `${dayjs(item.publishedAt).format('YYYY-MM-DD')} 发布` : '尚未发布'}</Typography.Text>
        {item.sourceNumber && <Typography.Text type="secondary">来源 {item.sourceNumber}</Typography.Text>}
        <Link to={to}>阅读全文</Link>
      </Space>
    </Card>
  );
}
