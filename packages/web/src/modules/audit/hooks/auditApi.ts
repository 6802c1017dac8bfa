import type { Query } from '../../../platform/api/client';
import { api } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';
import type { ListPage } from '../../../platform/api/types';
import type { LoginLog, OperationLog } from '../audit.types';

export const auditApi = {
  operations: (query: Query) => api.get<ListPage<OperationLog>>('/api/v1/audit/operations', query),
  exportOperations: (filters: Query) => downloadFile('/api/v1/audit/operations.xlsx', filters, '操作日志.xlsx'),
  logins: (query: Query) => api.get<ListPage<LoginLog>>('/api/v1/audit/logins', query),
  exportLogins: (filters: Query) => downloadFile('/api/v1/audit/logins.xlsx', filters, '登录日志.xlsx'),
};

/** ProTable hands the time range as a pair; the API wants `from` and `to`. */
export function rangeQuery(range: unknown): { from?: string; to?: string } {
  if (!Array.isArray(range) || range.length !== 2) return {};
  return { from: String(range[0]), to: String(range[1]) };
}
