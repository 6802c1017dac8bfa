/** What the publisher's and the reader's lists share: rows by id, no search form, 20 a page and a reload button. */
export const listTableProps = {
  rowKey: 'id',
  search: false,
  cardBordered: true,
  pagination: { defaultPageSize: 20, showSizeChanger: true },
  options: { density: false, setting: false, reload: true },
} as const;

/** The page ProTable asks for, as the notifications API takes it. */
export const pageOf = (params: { current?: number; pageSize?: number }) => ({ page: params.current ?? 1, pageSize: params.pageSize ?? 20 });
