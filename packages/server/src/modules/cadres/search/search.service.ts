import type { CadreFilter, CadreSearch } from '@dandang/shared/cadres/cadre-search.schema';
import { checkIdNumber, normalizeIdNumber } from '@dandang/shared/cadres/id-number.rules';
import { chinaDateOf } from '@dandang/shared/dates/date';
import type { RequestContext } from '../../../platform/context';
import type { FieldCipher } from '../../../platform/crypto/sm';
import type { Db } from '../../../platform/db/client';
import { cadreScope, present } from '../cadres.service';
import type { SearchFacts } from './filter.sql';
import * as repo from './search.repository';

/**
 * Today in China, and a keyword that is a whole ID number turned into its digest: the number itself is never stored
 * in clear, so it can only be matched that way.
 */
export function searchFacts(cipher: FieldCipher, ctx: RequestContext, filter: CadreFilter): SearchFacts {
  const keyword = filter.keyword ? normalizeIdNumber(filter.keyword) : '';
  const byIdNumber = keyword.length === 18 && checkIdNumber(keyword).length === 0;
  return { today: chinaDateOf(ctx.now), ...(byIdNumber ? { idNumberDigest: cipher.digest(keyword) } : {}) };
}

/**
 * The roster (干部名册) with every search filter, inside the actor's cadre.read scope. A unitId outside the scope is
 * not an error: like any other filter it narrows the visible cadres, here to none (an empty page).
 */
export async function searchCadreList(db: Db, cipher: FieldCipher, ctx: RequestContext, query: CadreSearch) {
  const { page, pageSize, ...filter } = query;
  const scope = cadreScope(ctx, 'cadre.read');
  const result = await repo.searchCadres(db, scope, filter, searchFacts(cipher, ctx, filter), {
    page,
    pageSize,
    sortField: filter.sortField,
    sortOrder: filter.sortOrder,
  });
  return { items: result.items.map((row) => present(row)), total: result.total, totalExact: result.totalExact };
}

/** The exact number of cadres a roster search matches, inside the actor's cadre.read scope. */
export async function countCadreList(db: Db, cipher: FieldCipher, ctx: RequestContext, filter: CadreFilter) {
  const total = await repo.countCadres(db, cadreScope(ctx, 'cadre.read'), filter, searchFacts(cipher, ctx, filter));
  return { total };
}
