import { INTERVIEWEE_LABELS, VISIT_RESULT_LABELS, type VisitRecord } from '@dandang/shared/visits/visit.schema';
import { Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import { RESULT_COLORS } from './visit-labels';

/** The visits on record, newest first: date, result, who visited whom, what they found and any recommendation. */
export function VisitRecords({ visits }: { visits: VisitRecord[] }) {
  return (
    <List<VisitRecord>
      size="small"
      dataSource={visits.toReversed()}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无回访记录" /> }}
      renderItem={(v) => (
        <List.Item>
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Space size={6} wrap>
              <Typography.Text strong>{v.visitedOn}</Typography.Text>
              <Tag color={RESULT_COLORS[v.result]}>回访结果：{VISIT_RESULT_LABELS[v.result]}</Tag>
            </Space>
            <Descriptions size="small" column={1} styles={{ label: { width: 110 } }}>
              <Descriptions.Item label="回访人员">{v.visitors.join('、')}</Descriptions.Item>
              <Descriptions.Item label="谈话对象">{v.interviewed.map((i) => INTERVIEWEE_LABELS[i]).join('、')}</Descriptions.Item>
              <Descriptions.Item label="回访情况">
                <span style={{ whiteSpace: 'pre-wrap' }}>{v.findings}</span>
              </Descriptions.Item>
              {v.recommendation && <Descriptions.Item label="推荐使用建议">{v.recommendation}</Descriptions.Item>}
            </Descriptions>
          </Space>
        </List.Item>
      )}
    />
  );
}
