import { HONOR_KINDS } from '@dandang/shared/honors/honor.codes';
import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, List, Skeleton, Tag } from 'antd';
import { honorKeys, honorsApi } from '../hooks/honorsApi';

/** 荣誉 on a cadre's profile: the honors of published campaigns, newest first. */
export function CadreHonorsSection({ cadreId }: { cadreId: string }) {
  const { data, error, isPending } = useQuery({ queryKey: honorKeys.cadre(cadreId), queryFn: () => honorsApi.cadreHonors(cadreId) });
  if (error) return <Alert type="error" showIcon message={(error as Error).message} />;
  if (isPending || !data) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无荣誉" />;
  return (
    <List
      size="small"
      aria-label="荣誉"
      dataSource={data}
      renderItem={(h) => (
        <List.Item>
          <Tag color="gold">{HONOR_KINDS[h.kind]}</Tag>
          {h.title}
          <span style={{ marginInlineStart: 'auto', color: 'rgba(0,0,0,0.45)' }}>{h.publishedOn} 发布</span>
        </List.Item>
      )}
    />
  );
}
