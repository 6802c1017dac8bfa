import type { AnnouncementReceipts, AnnouncementView, PublishAnnouncementBody } from '@dandang/shared/notifications/announcement.schema';
import type { InboxPage } from '@dandang/shared/notifications/notification.schema';
import { api } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
};

export type InboxStatus = 'all' | 'unread' | 'read';

interface MarkReadResult {
  marked: number;
  unread: number;
}

/** The notifications module's routes (notifications.routes.ts, announcements.routes.ts). */
export const notificationsApi = {
  inbox: (query: { status: InboxStatus; page: number; pageSize: number }) => api.get<InboxPage>('/api/v1/notifications', { ...query }),
  unread: () => api.get<{ unread: number }>('/api/v1/notifications/unread-count'),
  markRead: (ids: string[]) => api.post<MarkReadResult>('/api/v1/notifications/read', { ids }),
  markAllRead: () => api.post<MarkReadResult>('/api/v1/notifications/read-all', {}),
  announcements: (query: { page: number; pageSize: number }) => api.get<{ items: AnnouncementView[]; total: number }>('/api/v1/announcements', { ...query }),
  publish: (body: PublishAnnouncementBody) => api.post<AnnouncementView>('/api/v1/announcements', body),
  receipts: (id: string) => api.get<AnnouncementReceipts>(`/api/v1/announcements/${id}/receipts`),
  exportReceipts: (id: string, title: string) => downloadFile(`/api/v1/announcements/${id}/receipts.xlsx`, {}, `阅读回执-${title}.xlsx`),
};
