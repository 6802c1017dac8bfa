import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Tooltip } from 'antd';
import { useNavigate } from 'react-router-dom';
import { notificationKeys, notificationsApi } from '../hooks/notificationsApi';

/** Polled this often: the sweep writes on the half hour, assignments at once; a minute is soon enough for either. */
const POLL_MS = 60_000;

/** The header's bell: the unread count, opening 我的消息. */
export function InboxBell() {
  const navigate = useNavigate();
  const { data } = useQuery({ queryKey: notificationKeys.unread, queryFn: notificationsApi.unread, refetchInterval: POLL_MS });
  const unread = data?.unread ?? 0;
  const label = unread > 0 ? `我的消息（${unread}条未读）` : '我的消息';
  return (
    <Tooltip title={label}>
      <Badge count={unread} size="small" overflowCount={99} offset={[-4, 4]}>
        <Button type="text" aria-label={label} icon={<BellOutlined style={{ fontSize: 18 }} />} onClick={() => navigate('/notifications')} />
      </Badge>
    </Tooltip>
  );
}
