import type { DataScope, RoleCode } from '@dandang/shared/org/permissions';
import type { LightMyRequestResponse } from 'fastify';
import type { County } from '../test/county';
import type { Session, TestApp } from '../test/test-app';

export type Params = Record<string, string>;
export type Side = 'inside' | 'outside';

/**
 * One kind of record a path names, as a pair: the record in 甲局 (inside the unit roles' scope) and the same kind of
 * record in 乙局 (outside it). A kind that belongs to no unit (a policy, an indicator, the whole county's cycle) has
 * only `inside`, which every holder of the permission reaches.
 */
export interface RecordPair {
  inside: Params;
  outside?: Params;
  /** The 甲局 record is about the signed-in cadre's own cadre record, so `self` reaches it. */
  own?: boolean;
  /** The permission whose scope guards the record on routes that name none (the case engine's own routes). */
  guardedBy?: string;
  /** Who reaches the record, where that is not the route permission's scope (records only their owner sees). */
  reach?: (role: RoleCode, side: Side, grants: ReadonlyMap<string, DataScope>) => boolean;
}

export interface World {
  t: TestApp;
  county: County;
  as: (role: RoleCode) => Session;
  /** The cadre in 甲局 who is the signed-in cadre, and one in 乙局. */
  cadreA: string;
  cadreB: string;
}

/** The id a create answered with, failing loudly when the fixture itself is refused. */
export async function created(request: Promise<LightMyRequestResponse>, pick: (body: Record<string, unknown>) => unknown = (b) => b.id): Promise<string> {
  const res = await request;
  if (res.statusCode >= 300) throw new Error(`fixture refused: ${res.statusCode} ${res.body.slice(0, 300)}`);
  const id = pick(res.json() as Record<string, unknown>);
  if (typeof id !== 'string') throw new Error(`fixture: no id in ${res.body.slice(0, 300)}`);
  return id;
}

export const pairOf = async (make: (cadreId: string) => Promise<string>, w: World): Promise<RecordPair> => ({
  inside: { id: await make(w.cadreA) },
  outside: { id: await make(w.cadreB) },
  own: true,
});
