import { PlusOutlined } from '@ant-design/icons';
import { type ActionType, type ProColumns, ProTable } from '@ant-design/pro-components';
import { ANNOUNCEMENT_AUDIENCE_LABELS, type AnnouncementView } from '@dandang/shared/notifications/announcement.schema';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Progress, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { Page } from '../../../layout/Page';
import { listTableProps, pagedRequest } from '../components/list-table';
import { PublishAnnouncementModal } from '../components/PublishAnnouncementModal';
import { ReceiptsDrawer } from '../components/ReceiptsDrawer';
import { notificationKeys, notificationsApi } from '../hooks/notificationsApi';

/** 通知公告: what the publisher has sent, how many have read each, and the receipts per unit. */
export function AnnouncementsPage() {
  const [publishing, setPublishing] = useState(false);
  const [receiptsOf, setReceiptsOf] = useState<string | null>(null);
  const action = useRef<ActionType>(null);
  const queryClient = useQueryClient();

  const columns: ProColumns<AnnouncementView>[] = [
    { title: '标题', dataIndex: 'title', ellipsis: true },
    {
      title: '发布范围',
      width: 220,
      ellipsis: true,
      render: (_, a) => (a.audience === 'ALL' ? ANNOUNCEMENT_AUDIENCE_LABELS.ALL : a.units.map((u) => u.name).join('、')),
    },
    { title: '发布人', dataIndex: 'publisherName', width: 110 },
    { title: '发布时间', width: 150, render: (_, a) => dayjs(a.publishedAt).format('YYYY-MM-DD HH:mm') },
    {
      title: '阅读情况',
      width: 210,
      render: (_, a) => (
        <Space size={8}>
          <Progress
            percent={a.recipients === 0 ? 0 : Math.round((a.read / a.recipients) * 100)}
            showInfo={false}
            size="small"
            style={{ width: 90, margin: 0 }}
          />
          <Typography.Text type="secondary">
            已读 {a.read}/{a.recipients}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '操作',
      width: 100,
      render: (_, a) => (
        <Button type="link" size="small" onClick={() => setReceiptsOf(a.id)}>
          阅读回执
        </Button>
      ),
    },
  ];

  return (
    <Page
      content="向全体人员或指定单位发布通知公告，送达每个人的“我的消息”，并按单位查看谁已读、谁未读。"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setPublishing(true)}>
          发布通知公告
        </Button>
      }
    >
      <ProTable<AnnouncementView>
        {...listTableProps}
        actionRef={action}
        columns={columns}
        scroll={{ x: 900 }}
        request={pagedRequest(notificationsApi.announcements)}
      />
      {publishing && (
        <PublishAnnouncementModal
          onClose={() => setPublishing(false)}
          onDone={() => {
            setPublishing(false);
            // The publisher may be among the recipients: their own bell counts it too.
            void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
            void action.current?.reload();
          }}
        />
      )}
      {receiptsOf && <ReceiptsDrawer id={receiptsOf} onClose={() => setReceiptsOf(null)} />}
    </Page>
  );
}
