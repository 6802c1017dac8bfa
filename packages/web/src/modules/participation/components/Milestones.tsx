import { List, Progress, Typography } from 'antd';
import type { ReactNode } from 'react';

interface Milestone {
  id: string;
  title: string;
  plannedOn: string;
  percent: number;
  note: string;
  doneOn: string | null;
}

/** 推进节点 with their progress, as both the public and the staff read them; `action` adds the staff's button per row. */
export function Milestones({ items, action }: { items: Milestone[]; action?: (m: Milestone) => ReactNode }) {
  return (
    <List
      size="small"
      dataSource={items}
      locale={{ emptyText: '暂无推进节点' }}
      renderItem={(m) => (
        <List.Item actions={action ? [action(m)] : undefined}>
          <div style={{ width: '100%' }}>
            <Typography.Text strong>{m.title}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
              {m.doneOn ? `${m.doneOn} 完成` : `计划 ${m.plannedOn} 完成`}
            </Typography.Text>
            <Progress percent={m.percent} size="small" status={m.doneOn ? 'success' : 'active'} />
            {m.note && <Typography.Paragraph style={{ margin: 0, fontSize: 13 }}>{m.note}</Typography.Paragraph>}
          </div>
        </List.Item>
      )}
    />
  );
}
