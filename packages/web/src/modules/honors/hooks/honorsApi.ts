import type {
  CadreHonorView,
  CampaignAction,
  CampaignDetail,
  CampaignView,
  CreateCampaignBody,
  FileObjectionBody,
  NominateBody,
  NominationView,
  ObjectionView,
  ObjectorView,
  PublicNoticeView,
  PublicObjectionView,
  ResolveObjectionBody,
  ReviewBody,
} from '@dandang/shared/honors/honor.schema';
import { api } from '../../../platform/api/client';
import { downloadFile } from '../../../platform/api/download';

/** Every query of the module starts with this key, so one write refreshes the list, the campaign and the profile. */
export const HONORS_KEY = 'honors';

export const honorKeys = {
  campaigns: () => [HONORS_KEY, 'campaigns'] as const,
  campaign: (id: string) => [HONORS_KEY, 'campaign', id] as const,
  cadre: (cadreId: string) => [HONORS_KEY, 'cadre', cadreId] as const,
};

export const honorsApi = {
  campaigns: () => api.get<CampaignView[]>('/api/v1/honors/campaigns'),
  campaign: (id: string) => api.get<CampaignDetail>(`/api/v1/honors/campaigns/${id}`),
  create: (body: CreateCampaignBody) => api.post<CampaignView>('/api/v1/honors/campaigns', body),
  act: (id: string, action: CampaignAction, version: number) => api.post<CampaignDetail>(`/api/v1/honors/campaigns/${id}/actions/${action}`, { version }),
  nominate: (campaignId: string, body: NominateBody) => api.post<NominationView>(`/api/v1/honors/campaigns/${campaignId}/nominations`, body),
  review: (id: string, body: ReviewBody) => api.post<NominationView>(`/api/v1/honors/nominations/${id}/review`, body),
  resolve: (id: string, body: ResolveObjectionBody) => api.post<ObjectionView>(`/api/v1/honors/objections/${id}/resolve`, body),
  objector: (id: string) => api.get<ObjectorView>(`/api/v1/honors/objections/${id}/objector`),
  cadreHonors: (cadreId: string) => api.get<CadreHonorView[]>(`/api/v1/cadres/${cadreId}/honors`),
  noticeDocx: (c: { id: string; title: string }) => downloadFile(`/api/v1/honors/campaigns/${c.id}/notice.docx`, {}, `${c.title}-公示.docx`),
  certificatesDocx: (c: { id: string; title: string }) =>
    downloadFile(`/api/v1/honors/campaigns/${c.id}/certificates.docx`, {}, `${c.title}-荣誉证书名单.docx`),
  publicNotice: (id: string) => api.get<PublicNoticeView>(`/api/v1/public/honor-notices/${id}`),
  fileObjection: (campaignId: string, body: FileObjectionBody) =>
    api.post<{ code: string; filedAt: string }>(`/api/v1/public/honor-notices/${campaignId}/objections`, body),
  objectionByCode: (code: string) => api.get<PublicObjectionView>(`/api/v1/public/honor-objections/${encodeURIComponent(code.trim())}`),
};
