import { CARE_KIND_LABELS } from '@dandang/shared/visits/care.schema';
import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, List, Space, Tag, Typography } from 'antd';
import { visitKeys, visitsApi } from '../hooks/visitsApi';

/** One cadre's care records, newest first. */
export function CareRecords({ cadreId }: { cadreId: string }) {
  const { data, error, isPending } = useQuery({ queryKey: visitKeys.cadreCare(cadreId), queryFn: () => visitsApi.cadreCare(cadreId) });
  if (error) return <Alert type="error" showIcon message={(error as Error).message} />;
  return (
    <List
      size="small"
      loading={isPending}
      dataSource={data ?? []}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未开展关心关爱" /> }}
      renderItem={(r) => (
        <List.Item>
          <Space direction="vertical" size={2}>
            <Space size={6} wrap>
              <Tag color="magenta">{CARE_KIND_LABELS[r.kind]}</Tag>
              <Typography.Text strong>{r.on}</Typography.Text>
              <Typography.Text type="secondary">开展人：{r.by}</Typography.Text>
            </Space>
            {r.notes && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{r.notes}</Typography.Text>}
          </Space>
        </List.Item>
      )}
    />
  );
}
