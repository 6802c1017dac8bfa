import type { AnnouncementPage, AnnouncementReceipts, AnnouncementView, PublishAnnouncementBody } from '@dandang/shared/notifications/announcement.schema';
import type { InboxPage, InboxQuery, MarkReadResult, UnreadCount } from '@dandang/shared/notifications/notification.schema';
import { api } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
};

/** The notifications module's routes (notifications.routes.ts, announcements.routes.ts). */
export const notificationsApi = {
  inbox: (query: InboxQuery) => api.get<InboxPage>('/api/v1/notifications', { ...query }),
  unread: () => api.get<UnreadCount>('/api/v1/notifications/unread-count'),
  markRead: (ids: string[]) => api.post<MarkReadResult>('/api/v1/notifications/read', { ids }),
  markAllRead: (kind?: string) => api.post<MarkReadResult>('/api/v1/notifications/read-all', {}, { kind }),
  announcements: (query: { page: number; pageSize: number }) => api.get<AnnouncementPage>('/api/v1/announcements', { ...query }),
  publish: (body: PublishAnnouncementBody) => api.post<AnnouncementView>('/api/v1/announcements', body),
  receipts: (id: string) => api.get<AnnouncementReceipts>(`/api/v1/announcements/${id}/receipts`),
  exportReceipts: (id: string, title: string) => downloadFile(`/api/v1/announcements/${id}/receipts.xlsx`, {}, `阅读回执-${title}.xlsx`),
};
