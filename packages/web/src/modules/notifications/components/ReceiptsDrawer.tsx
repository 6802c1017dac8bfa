import type { UnitReceipts } from '@dandang/shared/notifications/announcement.schema';
import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Progress, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { ExportButton } from '../../../platform/ui/ExportButton';
import { notificationKeys, notificationsApi } from '../hooks/notificationsApi';

const names = (people: UnitReceipts['readers']) => (people.length > 0 ? people.map((p) => p.name).join('、') : '—');

/** 阅读回执 of one announcement: per unit, who has read it and who has not, with the Excel export. */
export function ReceiptsDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { data, error, isPending } = useQuery({ queryKey: [...notificationKeys.all, 'receipts', id], queryFn: () => notificationsApi.receipts(id) });
  return (
    <Drawer
      open
      width={820}
      title={data ? `阅读回执：${data.announcement.title}` : '阅读回执'}
      onClose={onClose}
      loading={isPending}
      extra={data && <ExportButton label="导出回执" run={() => notificationsApi.exportReceipts(id, data.announcement.title)} />}
    >
      {error && <Alert type="error" showIcon message="阅读回执加载失败" description={(error as Error).message} />}
      {data && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="发布人">{data.announcement.publisherName}</Descriptions.Item>
            <Descriptions.Item label="发布时间">{dayjs(data.announcement.publishedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
            <Descriptions.Item label="阅读情况" span={2}>
              <Space>
                <Progress percent={data.total === 0 ? 0 : Math.round((data.read / data.total) * 100)} size="small" style={{ width: 200 }} />
                <Typography.Text>
                  已读 {data.read} 人，未读 {data.total - data.read} 人，共 {data.total} 人
                </Typography.Text>
              </Space>
            </Descriptions.Item>
          </Descriptions>
          <Table<UnitReceipts>
            rowKey={(u) => u.unitId ?? 'none'}
            size="small"
            pagination={false}
            dataSource={data.units}
            columns={[
              { title: '单位', dataIndex: 'unitName', width: 160 },
              { title: '已读/应读', width: 90, render: (_, u) => `${u.read}/${u.total}` },
              {
                title: '未读人员',
                render: (_, u) => <Typography.Text type={u.unreadPeople.length > 0 ? 'danger' : 'secondary'}>{names(u.unreadPeople)}</Typography.Text>,
              },
              { title: '已读人员', render: (_, u) => names(u.readers) },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}
