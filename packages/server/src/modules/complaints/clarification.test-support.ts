import type { ComplaintDetail } from '@dandang/shared/complaints/complaint-view.schema';
import { ok } from '../../test/http';
import type { Session } from '../../test/test-app';
import { detailOf, type World } from './complaints.test-support';

const version = async (w: World, id: string, cadreId: string) =>
  (await detailOf(w.as.handler, id)).clarifications.find((c) => c.cadreId === cadreId)?.version as number;

/**
 * Clears a cadre of a complaint concluded false, every step through the API: the handler proposes, the cadre agrees in
 * the app, the head of the body approves, and the handler records it carried out on `completedOn` (not after today).
 */
export async function clearCadre(w: World, id: string, cadreId: string, cadre: Session, completedOn: string): Promise<ComplaintDetail> {
  const proposal = { cadreId, falsePoints: '反映其收受礼金的问题', impacts: ['SELECTION_AFFECTED'], forms: ['EXPLANATION'] };
  ok(await w.as.handler.post(`/api/v1/complaints/${id}/clarification`, proposal));
  ok(await cadre.post(`/api/v1/complaints/${id}/clarification/consent`, { version: await version(w, id, cadreId), consent: true }));
  ok(await w.as.handler.post(`/api/v1/complaints/${id}/clarification/approve`, { cadreId, version: await version(w, id, cadreId) }));
  const body = { cadreId, version: await version(w, id, cadreId), completedOn, note: '已在本单位干部大会上通报' };
  return ok<ComplaintDetail>(await w.as.handler.post(`/api/v1/complaints/${id}/clarification/complete`, body));
}
