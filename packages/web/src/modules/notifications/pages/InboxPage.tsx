import { type ActionType, type ProColumns, ProTable } from '@ant-design/pro-components';
import { type InboxStatus, NOTIFICATION_KIND_LABELS, type NotificationView } from '@dandang/shared/notifications/notification.schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Segmented, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { listTableProps, pagedRequest } from '../components/list-table';
import { notificationKeys, notificationsApi } from '../hooks/notificationsApi';

const KIND_COLORS: Record<string, string> = {
  CASE_ASSIGNED: 'blue',
  CASE_CLOSED: 'green',
  CASE_DUE_SOON: 'gold',
  CASE_OVERDUE: 'red',
  BAR_ENDING: 'purple',
  VISIT_OVERDUE: 'volcano',
  ANNOUNCEMENT: 'cyan',
};

const FILTERS: Array<{ label: string; value: InboxStatus }> = [
  { label: '全部', value: 'all' },
  { label: '未读', value: 'unread' },
  { label: '已读', value: 'read' },
];

const KIND_OPTIONS = Object.entries(NOTIFICATION_KIND_LABELS).map(([value, label]) => ({ value, label }));

/** 我的消息: the signed-in person's own inbox; opening a message (or its row) marks it read, an announcement's receipt. */
export function InboxPage() {
  const [status, setStatus] = useState<InboxStatus>('all');
  const [kind, setKind] = useState<string>();
  const action = useRef<ActionType>(null);
  const queryClient = useQueryClient();
  // The bell's count: each page of the inbox brings it along and sets it, so the two never disagree.
  const unread = useQuery({ queryKey: notificationKeys.unread, queryFn: notificationsApi.unread }).data?.unread ?? 0;
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();

  const refresh = () => void action.current?.reload();
  const markRead = async (ids: string[]) => {
    try {
      await notificationsApi.markRead(ids);
      refresh();
    } catch (error) {
      handleError(error);
    }
  };
  const markAll = async () => {
    try {
      const { marked } = await notificationsApi.markAllRead(kind);
      message.success(marked > 0 ? `已将 ${marked} 条消息标为已读` : kind ? '本类没有未读消息' : '没有未读消息');
      refresh();
    } catch (error) {
      handleError(error);
    }
  };

  const columns: ProColumns<NotificationView>[] = [
    {
      title: '类型',
      width: 110,
      render: (_, r) => <Tag color={KIND_COLORS[r.kind] ?? 'default'}>{r.kindLabel}</Tag>,
    },
    {
      title: '内容',
      render: (_, r) => {
        const title = <Typography.Text strong={r.readAt === null}>{r.title}</Typography.Text>;
        return (
          <div>
            {r.link ? (
              <Link to={r.link} onClick={() => r.readAt === null && void markRead([r.id])}>
                {title}
              </Link>
            ) : (
              title
            )}
            {r.kind !== 'ANNOUNCEMENT' && r.body && (
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }} ellipsis={{ rows: 2 }}>
                {r.body}
              </Typography.Paragraph>
            )}
          </div>
        );
      },
    },
    {
      title: '时间',
      width: 150,
      render: (_, r) => dayjs(r.createdAt).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: '状态',
      width: 80,
      render: (_, r) => (r.readAt ? <Typography.Text type="secondary">已读</Typography.Text> : <Tag color="red">未读</Tag>),
    },
    {
      title: '操作',
      width: 100,
      render: (_, r) =>
        r.readAt === null && (
          <Button type="link" size="small" onClick={() => void markRead([r.id])}>
            标为已读
          </Button>
        ),
    },
  ];

  return (
    <Page
      content="分办、临期与逾期、案件办结、影响期届满、回访逾期提醒，以及发给您的通知公告。"
      extra={
        // With one kind shown, only that kind is marked, as the button says: the rest (an announcement not yet opened,
        // whose reading is its receipt) stays unread.
        <Button onClick={() => void markAll()} disabled={unread === 0}>
          {kind ? '本类全部标为已读' : '全部标为已读'}
        </Button>
      }
    >
      <ProTable<NotificationView>
        {...listTableProps}
        actionRef={action}
        columns={columns}
        scroll={{ x: 760 }}
        params={{ status, kind }}
        headerTitle={
          <Space wrap>
            <Segmented<InboxStatus> options={FILTERS} value={status} onChange={setStatus} />
            <Select aria-label="消息类型" placeholder="全部类型" allowClear options={KIND_OPTIONS} value={kind} onChange={setKind} style={{ width: 160 }} />
          </Space>
        }
        // The count is the bell's, over every kind: said so while the list shows one kind only.
        toolbar={{ subTitle: unread > 0 ? `${kind ? '各类消息共 ' : ''}${unread} 条未读` : '没有未读消息' }}
        // An announcement's text is read by opening its row; opening it is what the publisher's receipt counts.
        expandable={{
          rowExpandable: (r) => r.kind === 'ANNOUNCEMENT',
          expandedRowRender: (r) => <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.body}</Typography.Paragraph>,
          onExpand: (expanded, r) => {
            if (expanded && r.readAt === null) void markRead([r.id]);
          },
        }}
        request={pagedRequest(async (page) => {
          const inbox = await notificationsApi.inbox({ status, kind, ...page });
          queryClient.setQueryData(notificationKeys.unread, { unread: inbox.unread });
          return inbox;
        })}
      />
    </Page>
  );
}
