import type { DashboardView } from '@dandang/shared/dashboard/dashboard.schema';
import { Card, Empty, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';

type Alert = DashboardView['alerts'][number];

const TONE_TAGS = { danger: 'red', warning: 'orange', normal: 'default' } as const;

/** 预警: overdue cases, promotion bars ending and whatever other modules flag, each a link to its record. */
export function AlertList({ alerts }: { alerts: Alert[] }) {
  return (
    <Card title={`预警（${alerts.length}）`} size="small">
      {alerts.length === 0 ? (
        <Empty description="暂无预警" />
      ) : (
        <List<Alert>
          size="small"
          dataSource={alerts}
          style={{ maxHeight: 420, overflowY: 'auto' }}
          renderItem={(a) => (
            <List.Item key={`${a.kpi}:${a.row.id}`}>
              <List.Item.Meta
                title={
                  <span>
                    <Tag color={TONE_TAGS[a.tone]}>{a.kpiLabel}</Tag>
                    <Link to={a.row.href}>{a.row.title}</Link>
                  </span>
                }
                description={
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[a.row.unitName, a.row.date, a.row.status].filter(Boolean).join(' · ')}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
