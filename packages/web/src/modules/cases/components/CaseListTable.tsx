import { type ProColumns, ProTable } from '@ant-design/pro-components';

/** The search form's fields as ProTable passes them, typed by no one but the columns that declare them. */
// biome-ignore lint/suspicious/noExplicitAny: ProTable's own type for the form's values; each page reads its fields by name
type Params = Record<string, any>;

interface Props<T> {
  columns: ProColumns<T>[];
  /** Reads one page of the list: the form's fields are the caller's to map, the page comes ready for the list API. */
  load: (params: Params, page: { page: number; pageSize: number }) => Promise<{ items: T[]; total: number }>;
}

/** A list of cases of one type: a row per case, 20 a page, searched through the form ProTable builds from the columns. */
export function CaseListTable<T extends { case: { id: string } }>({ columns, load }: Props<T>) {
  return (
    <ProTable<T>
      rowKey={(r) => r.case.id}
      columns={columns}
      cardBordered
      scroll={{ x: 1000 }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true }}
      options={{ density: false, setting: false, reload: true }}
      request={async (params) => {
        const page = await load(params, { page: params.current ?? 1, pageSize: params.pageSize ?? 20 });
        return { data: page.items, total: page.total, success: true };
      }}
    />
  );
}
