import { Card, Col, Row, Statistic } from 'antd';
import type { ImportSummary } from '../import.types';

interface Item {
  title: string;
  value: number;
  color?: string;
}

/** The counts of a checked or committed import, one card each, as the page's headline. */
export function ImportSummaryCards({ summary }: { summary: ImportSummary }) {
  const items: Item[] = [
    { title: '共计行数', value: summary.rows },
    { title: '新增', value: summary.inserts, color: '#389e0d' },
    { title: '更新', value: summary.updates, color: '#1677ff' },
    { title: '无变化', value: summary.unchanged },
    summary.errorCount > 0 ? { title: `错误（涉及 ${summary.errorRows} 行）`, value: summary.errorCount, color: '#cf1322' } : { title: '错误', value: 0 },
  ];
  return (
    <Row gutter={[12, 12]}>
      {items.map((item) => (
        <Col key={item.title} flex="1 1 160px">
          <Card size="small">
            <Statistic title={item.title} value={item.value} valueStyle={{ color: item.color }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
