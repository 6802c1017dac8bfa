import { api, buildUrl } from '../../../platform/api/client';
import type { ListPage } from '../../../platform/api/types';
import type { Cadre, CadreListItem, CadrePatch, CadrePost, CreateCadreBody, CreatePostBody, PostPatch } from '../cadres.types';

export interface CadreQuery {
  unitId?: string;
  keyword?: string;
  page: number;
  pageSize: number;
}

export const cadreApi = {
  list: (query: CadreQuery) => api.get<ListPage<CadreListItem>>('/api/v1/cadres', { ...query }),
  get: (id: string) => api.get<Cadre>(`/api/v1/cadres/${id}`),
  create: (body: CreateCadreBody) => api.post<Cadre>('/api/v1/cadres', body),
  update: (id: string, patch: CadrePatch) => api.patch<Cadre>(`/api/v1/cadres/${id}`, patch),
  /** The full ID number: needs cadre.id_number, and the server logs every call. */
  idNumber: (id: string) => api.get<{ idNumber: string | null }>(`/api/v1/cadres/${id}/id-number`),
  posts: (cadreId: string) => api.get<CadrePost[]>(`/api/v1/cadres/${cadreId}/posts`),
  addPost: (cadreId: string, body: CreatePostBody) => api.post<CadrePost>(`/api/v1/cadres/${cadreId}/posts`, body),
  updatePost: (id: string, patch: PostPatch) => api.patch<CadrePost>(`/api/v1/posts/${id}`, patch),
  deletePost: (id: string, version: number) => api.delete(buildUrl(`/api/v1/posts/${id}`, { version })),
};

/** Options for a cadre picker elsewhere (e.g. linking a user account to its cadre). */
export async function searchCadreOptions(keyword?: string): Promise<{ value: string; label: string }[]> {
  const page = await cadreApi.list({ keyword: keyword?.trim() || undefined, page: 1, pageSize: 20 });
  return page.items.map((cadre) => ({ value: cadre.id, label: `${cadre.name}（${cadre.unitName}）` }));
}
