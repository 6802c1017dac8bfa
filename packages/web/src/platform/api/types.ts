/** Every list endpoint answers `{ items, total }` for `?page=&pageSize=` (contract: Lists). */
export interface ListPage<T> {
  items: T[];
  total: number;
}

/** ProTable's request params, turned into the contract's paging query. */
export function pageQuery(params: { current?: number; pageSize?: number }): { page: number; pageSize: number } {
  return { page: params.current ?? 1, pageSize: params.pageSize ?? 20 };
}
