/** What the publisher's and the reader's lists share: rows by id, no search form, 20 a page and a reload button. */
export const listTableProps = {
  rowKey: 'id',
  search: false,
  cardBordered: true,
  pagination: { defaultPageSize: 20, showSizeChanger: true },
  options: { density: false, setting: false, reload: true },
} as const;

/** ProTable's `request` over one of this module's paged routes: the page it asks for in, its rows and total out. */
export const pagedRequest =
  <T>(fetchPage: (page: { page: number; pageSize: number }) => Promise<{ items: T[]; total: number }>) =>
  async (params: { current?: number; pageSize?: number }) => {
    const { items, total } = await fetchPage({ page: params.current ?? 1, pageSize: params.pageSize ?? 20 });
    return { data: items, total, success: true };
  };
