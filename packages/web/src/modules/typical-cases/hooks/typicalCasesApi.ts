import type { TypicalCasePage, TypicalCaseView, UpdateTypicalCaseBody } from '@dandang/shared/typical-cases/typical-case.schema';
import { api } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';

export const TYPICAL_CASES_KEY = 'typical-cases';

export interface TypicalCaseFilters {
  type?: string;
  outcome?: string;
  year?: number;
  q?: string;
  state?: string;
}

const base = '/api/v1/typical-cases';

export const typicalCasesApi = {
  list: (filters: TypicalCaseFilters, page: number, pageSize: number) => api.get<TypicalCasePage>(base, { ...filters, page, pageSize }),
  get: (id: string) => api.get<TypicalCaseView>(`${base}/${id}`),
  create: (caseId: string) => api.post<TypicalCaseView>(base, { caseId }),
  update: (id: string, body: UpdateTypicalCaseBody) => api.put<TypicalCaseView>(`${base}/${id}`, body),
  publish: (id: string, version: number) => api.post<TypicalCaseView>(`${base}/${id}/publish`, { version, reviewed: true }),
  withdraw: (id: string, version: number, reason: string) => api.post<TypicalCaseView>(`${base}/${id}/withdraw`, { version, reason }),
  rework: (id: string, version: number) => api.post<TypicalCaseView>(`${base}/${id}/rework`, { version }),
  downloadWord: (view: Pick<TypicalCaseView, 'id' | 'title'>) => downloadFile(`${base}/${view.id}.docx`, {}, `典型案例-${view.title}.docx`),
  exportList: (filters: TypicalCaseFilters) => downloadFile(`${base}.xlsx`, { ...filters }, '典型案例.xlsx'),
};
