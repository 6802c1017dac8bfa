import type { AnalysisView } from '@dandang/shared/assessment/analysis.schema';
import type { BallotSessionView, BallotTally, CreateBallotSessionBody, IssuedCodes } from '@dandang/shared/assessment/ballot.schema';
import type { CycleBody, CycleView } from '@dandang/shared/assessment/cycle.schema';
import type { CycleState } from '@dandang/shared/assessment/cycle.states';
import type { CloseFollowUpBody, FollowUpPage, FollowUpView } from '@dandang/shared/assessment/follow-up.schema';
import type { IndicatorBody, IndicatorFeedView, IndicatorRevisionView, IndicatorView, UpdateIndicatorBody } from '@dandang/shared/assessment/indicator.schema';
import type { MyResultView, ObjectionView, PoolView, ResultView, SaveScoreBody, ScoreSheetView } from '@dandang/shared/assessment/result.schema';
import type { SchemeBody, SchemeCategory, SchemeView, UpdateSchemeBody } from '@dandang/shared/assessment/scheme.schema';
import type {
  EvidenceView,
  HeatMapView,
  MyTargetsView,
  ProgressView,
  ReportProgressBody,
  ReviewProgressBody,
  TargetBody,
  TargetView,
  UpdateTargetBody,
} from '@dandang/shared/assessment/target.schema';
import { api } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';
import { uploadFile } from '../../../platform/api/upload';

export const indicatorApi = {
  list: (query: { keyword?: string; kind?: string; includeRetired?: boolean }) => api.get<IndicatorView[]>('/api/v1/assessment/indicators', query),
  create: (body: IndicatorBody) => api.post<IndicatorView>('/api/v1/assessment/indicators', body),
  update: (id: string, body: UpdateIndicatorBody) => api.put<IndicatorView>(`/api/v1/assessment/indicators/${id}`, body),
  setRetired: (id: string, body: { version: number; retired: boolean }) => api.post<IndicatorView>(`/api/v1/assessment/indicators/${id}/retired`, body),
  revisions: (id: string) => api.get<IndicatorRevisionView[]>(`/api/v1/assessment/indicators/${id}/revisions`),
  /** The data feeds other modules register (数据来源), for a quantitative indicator measured rather than typed. */
  feeds: () => api.get<IndicatorFeedView[]>('/api/v1/assessment/indicator-feeds'),
};

export const schemeApi = {
  list: (category?: SchemeCategory) => api.get<SchemeView[]>('/api/v1/assessment/schemes', { category }),
  get: (id: string) => api.get<SchemeView>(`/api/v1/assessment/schemes/${id}`),
  create: (body: SchemeBody) => api.post<SchemeView>('/api/v1/assessment/schemes', body),
  update: (id: string, body: UpdateSchemeBody) => api.put<SchemeView>(`/api/v1/assessment/schemes/${id}`, body),
  remove: (id: string, version: number) => api.delete<null>(`/api/v1/assessment/schemes/${id}?version=${version}`),
};

export const cycleApi = {
  list: () => api.get<CycleView[]>('/api/v1/assessment/cycles'),
  get: (id: string) => api.get<CycleView>(`/api/v1/assessment/cycles/${id}`),
  create: (body: CycleBody) => api.post<CycleView>('/api/v1/assessment/cycles', body),
  remove: (id: string, version: number) => api.delete<null>(`/api/v1/assessment/cycles/${id}?version=${version}`),
  advance: (id: string, body: { version: number; to: CycleState }) => api.post<CycleView>(`/api/v1/assessment/cycles/${id}/advance`, body),
  population: (id: string) => api.get<Array<{ category: SchemeCategory; count: number }>>(`/api/v1/assessment/cycles/${id}/population`),
};

export const ballotApi = {
  sessions: (cycleId: string) => api.get<BallotSessionView[]>(`/api/v1/assessment/cycles/${cycleId}/ballot-sessions`),
  create: (cycleId: string, body: CreateBallotSessionBody) => api.post<IssuedCodes>(`/api/v1/assessment/cycles/${cycleId}/ballot-sessions`, body),
  close: (id: string, version: number) => api.post<BallotSessionView>(`/api/v1/assessment/ballot-sessions/${id}/close`, { version }),
  tally: (id: string) => api.get<BallotTally>(`/api/v1/assessment/ballot-sessions/${id}/tally`),
};

export const resultApi = {
  sheet: (cycleId: string, category: SchemeCategory) => api.get<ScoreSheetView>(`/api/v1/assessment/cycles/${cycleId}/score-sheet`, { category }),
  list: (
    cycleId: string,
    query: { category?: string; unitId?: string; grade?: string; scoreFrom?: number; scoreTo?: number; page: number; pageSize: number },
  ) => api.get<{ items: ResultView[]; total: number }>(`/api/v1/assessment/cycles/${cycleId}/results`, query),
  analysis: (cycleId: string, category?: SchemeCategory) => api.get<AnalysisView>(`/api/v1/assessment/cycles/${cycleId}/analysis`, { category }),
  recompute: (cycleId: string) =>
    api.post<{ participants: number; changed: number; incomplete: number }>(`/api/v1/assessment/cycles/${cycleId}/scores/recompute`),
  saveScore: (id: string, body: SaveScoreBody) => api.put<ResultView>(`/api/v1/assessment/results/${id}/score`, body),
  changeGrade: (id: string, body: { version: number; grade: string | null; reason: string }) =>
    api.put<ResultView>(`/api/v1/assessment/results/${id}/grade`, body),
  confirm: (id: string, version: number) => api.post<ResultView>(`/api/v1/assessment/results/${id}/confirmation`, { version }),
  appeal: (id: string, body: { version: number; appeal: string }) => api.post<ResultView>(`/api/v1/assessment/results/${id}/appeal`, body),
  answerAppeal: (id: string, body: { version: number; upheld: boolean; answer: string }) =>
    api.post<ResultView>(`/api/v1/assessment/results/${id}/appeal-answer`, body),
  mine: () => api.get<MyResultView[]>('/api/v1/assessment/my-results'),
  pools: (cycleId: string) => api.get<PoolView[]>(`/api/v1/assessment/cycles/${cycleId}/pools`),
  objections: (cycleId: string) => api.get<ObjectionView[]>(`/api/v1/assessment/cycles/${cycleId}/objections`),
  raiseObjection: (cycleId: string, body: { participantId: string; content: string }) =>
    api.post<ObjectionView>(`/api/v1/assessment/cycles/${cycleId}/objections`, body),
  resolveObjection: (id: string, body: { version: number; upheld: boolean; resolution: string }) =>
    api.post<ObjectionView>(`/api/v1/assessment/objections/${id}/resolution`, body),
  report: (cycleId: string, name: string) => downloadFile(`/api/v1/assessment/cycles/${cycleId}/report.xlsx`, {}, `${name}-考核结果上报表.xlsx`),
  payout: (cycleId: string, name: string) => downloadFile(`/api/v1/assessment/cycles/${cycleId}/payout.xlsx`, {}, `${name}-绩效奖金发放表.xlsx`),
  registrations: (cycleId: string, name: string) => downloadFile(`/api/v1/assessment/cycles/${cycleId}/registrations.docx`, {}, `${name}-年度考核登记表.docx`),
  registration: (id: string, fileName: string) => downloadFile(`/api/v1/assessment/results/${id}/registration.docx`, {}, fileName),
};

export const targetApi = {
  list: (cycleId: string, query: { unitId?: string; indicatorId?: string; mine?: boolean } = {}) =>
    api.get<TargetView[]>(`/api/v1/assessment/cycles/${cycleId}/targets`, query),
  get: (id: string) => api.get<{ target: TargetView; history: ProgressView[] }>(`/api/v1/assessment/targets/${id}`),
  mine: () => api.get<MyTargetsView[]>('/api/v1/assessment/my-targets'),
  create: (cycleId: string, body: TargetBody) => api.post<TargetView>(`/api/v1/assessment/cycles/${cycleId}/targets`, body),
  update: (id: string, body: UpdateTargetBody) => api.put<TargetView>(`/api/v1/assessment/targets/${id}`, body),
  remove: (id: string, version: number) => api.delete<null>(`/api/v1/assessment/targets/${id}?version=${version}`),
  heatMap: (cycleId: string) => api.get<HeatMapView>(`/api/v1/assessment/cycles/${cycleId}/targets/heatmap`),
  report: (body: ReportProgressBody) => api.post<ProgressView[]>('/api/v1/assessment/progress', body),
  review: (progressId: string, body: ReviewProgressBody) => api.post<ProgressView>(`/api/v1/assessment/progress/${progressId}/review`, body),
  uploadEvidence: (file: File) => uploadFile<EvidenceView>('/api/v1/assessment/evidence', file),
  downloadEvidence: (id: string, name: string) => downloadFile(`/api/v1/assessment/evidence/${id}`, {}, name),
};

export const followUpApi = {
  list: (query: { kind?: string; state?: string; cycleId?: string; page: number; pageSize: number }) =>
    api.get<FollowUpPage>('/api/v1/assessment/follow-ups', query),
  close: (id: string, body: CloseFollowUpBody) => api.post<FollowUpView>(`/api/v1/assessment/follow-ups/${id}/close`, body),
};

/** Every assessment query starts with this key. */
export const ASSESSMENT_KEY = 'assessment';
