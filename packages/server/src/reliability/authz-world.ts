import type { RoleCode } from '@dandang/shared/org/permissions';
import { buildCounty, type County } from '../test/county';
import { buildCadre } from '../test/factories';
import type { TestApp } from '../test/test-app';
import { type Actor, signInEveryRole } from './authz-actors';
import { buildRecords, type RecordPair } from './authz-records';

/** What the matrix and the fuzzing walk: the county, one signed-in user per role, a record of each kind in and out of scope. */
export interface MatrixWorld {
  county: County;
  actors: Actor[];
  pairs: Map<string, RecordPair>;
}

/** Builds the world through the API: the cadre role is the cadre 甲局干部 in 甲局; 乙局干部 in 乙局 is out of unit scope. */
export async function buildMatrixWorld(t: TestApp): Promise<MatrixWorld> {
  const county = await buildCounty(t);
  const db = t.database.db;
  const cadreA = (await buildCadre(db, { unitId: county.a.id, name: '甲局干部', birthDate: '1995-06-01' })).id;
  const cadreB = (await buildCadre(db, { unitId: county.b.id, name: '乙局干部', birthDate: '1995-06-01' })).id;
  const actors = await signInEveryRole(t, county, cadreA);
  const as = (role: RoleCode) => {
    const actor = actors.find((a) => a.role === role);
    if (!actor) throw new Error(`no actor for ${role}`);
    return actor.session;
  };
  const pairs = await buildRecords({ t, county, as, cadreA, cadreB });
  return { county, actors, pairs };
}
