import type { IntakeBody } from '@dandang/shared/complaints/complaint.schema';
import type { ComplaintStatistics } from '@dandang/shared/complaints/complaint-statistics.schema';
import type {
  ComplaintDetail,
  CorrectableMeasure,
  complainantView,
  complaintPage,
  myClarificationView,
} from '@dandang/shared/complaints/complaint-view.schema';
import type { z } from 'zod';
import { api } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';

export const COMPLAINTS_KEY = 'complaints';

export type ComplaintPage = z.infer<typeof complaintPage>;
export type Complainant = z.infer<typeof complainantView>;
export type MyClarification = z.infer<typeof myClarificationView>;
export interface HandlerOption {
  id: string;
  name: string;
  unitName: string;
}

export interface ComplaintListQuery {
  state?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** Whose clarification a handler's or approver's step is about, at the version read. */
interface Whose {
  cadreId: string;
  version: number;
}

const at = (id: string, rest = '') => `/api/v1/complaints/${id}${rest}`;

/** The complaints module's routes (complaints.routes.ts, clarification.routes.ts, statistics.routes.ts). */
export const complaintsApi = {
  list: (query: ComplaintListQuery) => api.get<ComplaintPage>('/api/v1/complaints', { ...query }),
  get: (id: string) => api.get<ComplaintDetail>(at(id)),
  intake: (body: IntakeBody) => api.post<ComplaintDetail>('/api/v1/complaints', body),
  /** The complainant's identity: every call is audited on the server, so it is fetched only when asked for. */
  complainant: (id: string) => api.get<Complainant>(at(id, '/complainant')),
  handlerOptions: (q?: string) => api.get<HandlerOption[]>('/api/v1/complaints/handler-options', { q }),
  assign: (id: string, userIds: string[]) => api.post<ComplaintDetail>(at(id, '/handlers'), { userIds }),
  addNote: (id: string, body: string) => api.post<unknown>(at(id, '/notes'), { body }),
  propose: (id: string, body: Record<string, unknown>) => api.post<ComplaintDetail>(at(id, '/clarification'), body),
  paperConsent: (id: string, body: Whose & { consent: boolean; attachmentId: string }) =>
    api.post<ComplaintDetail>(at(id, '/clarification/paper-consent'), body),
  approve: (id: string, body: Whose & { note: string }) => api.post<ComplaintDetail>(at(id, '/clarification/approve'), body),
  complete: (id: string, body: Whose & { completedOn: string; note: string }) => api.post<ComplaintDetail>(at(id, '/clarification/complete'), body),
  downloadNotice: (id: string, cadreId: string, name: string) => downloadFile(at(id, '/clarification.docx'), { cadreId }, `澄清正名通知书-${name}.docx`),
  /** The accused cadres' measures in force that the reader may revoke: what 纠正处理 offers. */
  correctableMeasures: (id: string) => api.get<CorrectableMeasure[]>(at(id, '/correctable-measures')),
  correctMeasure: (id: string, body: { measureId: string; version: number; reason: string }) => api.post<ComplaintDetail>(at(id, '/corrected-measures'), body),
  falseAccusation: (id: string, body: Record<string, unknown>) => api.post<ComplaintDetail>(at(id, '/false-accusation'), body),
  /** The signed-in cadre's own clarifications, without the complaint behind them. */
  mine: () => api.get<MyClarification[]>('/api/v1/complaints/clarifications/mine'),
  consent: (id: string, body: { version: number; consent: boolean }) => api.post<{ status: string; version: number }>(at(id, '/clarification/consent'), body),
  statistics: (year: number) => api.get<ComplaintStatistics>('/api/v1/complaints/statistics', { year }),
  exportStatistics: (year: number) => downloadFile('/api/v1/complaints/statistics.xlsx', { year }, `检举控告统计-${year}.xlsx`),
};
