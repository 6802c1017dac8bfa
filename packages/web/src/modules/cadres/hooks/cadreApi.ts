import { api } from '../../../platform/api/client';
import type { ListPage } from '../../../platform/api/types';
import type { Cadre, CadrePatch } from '../cadres.types';

export interface CadreQuery {
  unitId?: string;
  keyword?: string;
  page: number;
  pageSize: number;
}

export const cadreApi = {
  list: (query: CadreQuery) => api.get<ListPage<Cadre>>('/api/v1/cadres', { ...query }),
  get: (id: string) => api.get<Cadre>(`/api/v1/cadres/${id}`),
  update: (id: string, patch: CadrePatch) => api.patch<Cadre>(`/api/v1/cadres/${id}`, patch),
};

/** Options for a cadre picker elsewhere (e.g. linking a user account to its cadre). */
export async function searchCadreOptions(keyword?: string): Promise<{ value: string; label: string }[]> {
  const page = await cadreApi.list({ keyword: keyword?.trim() || undefined, page: 1, pageSize: 20 });
  return page.items.map((cadre) => ({ value: cadre.id, label: `${cadre.name}（${cadre.unitName}）` }));
}
