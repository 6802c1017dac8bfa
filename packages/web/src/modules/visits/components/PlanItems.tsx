import type { VisitPlanView } from '@dandang/shared/visits/visit.schema';
import { Space, Tag, Typography } from 'antd';
import { PLAN_STATUS, planItemLabel } from './visit-labels';

/** The planned visits of one measure, one line each: which visit, by when, and whether it was made (and when). */
export function PlanItems({ items }: { items: VisitPlanView['items'] }) {
  return (
    <Space direction="vertical" size={2}>
      {items.map((item) => (
        <Space key={item.seq} size={6} wrap>
          <Tag color={PLAN_STATUS[item.status].color} style={{ marginInlineEnd: 0 }}>
            {PLAN_STATUS[item.status].label}
          </Tag>
          <Typography.Text>{planItemLabel(item.seq)}</Typography.Text>
          <Typography.Text type={item.status === 'overdue' ? 'danger' : 'secondary'}>
            {item.visitedOn ? `${item.visitedOn} 已回访` : `${item.dueBy} 前`}
          </Typography.Text>
        </Space>
      ))}
    </Space>
  );
}
