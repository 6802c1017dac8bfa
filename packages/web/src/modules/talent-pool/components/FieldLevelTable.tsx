import { POOL_LEVEL_LABELS, POOL_LEVELS, type PoolBoard } from '@dandang/shared/cadres/talent-pool.schema';
import { Table } from 'antd';

/** 在库 count, with those waiting for approval in brackets. */
const countText = (active: number, nominated: number) => (nominated ? `${active}（待审批 ${nominated}）` : active);

type Row = { field: string } & Record<string, { active: number; nominated: number } | string>;

/** Members per field (rows) and level (columns): 在库, with 待审批 in brackets. */
export function FieldLevelTable({ cells }: { cells: PoolBoard['byFieldAndLevel'] }) {
  const rows = new Map<string, Row>();
  for (const cell of cells) {
    const row: Row = rows.get(cell.field) ?? ({ field: cell.field } as Row);
    row[cell.level] = { active: cell.active, nominated: cell.nominated };
    rows.set(cell.field, row);
  }
  const levels = POOL_LEVELS.filter((level) => cells.some((c) => c.level === level));
  return (
    <Table<Row>
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={[...rows.values()]}
      locale={{ emptyText: '暂无人才库' }}
      summary={() =>
        rows.size > 1 && (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
            {levels.map((level, i) => {
              const inLevel = cells.filter((c) => c.level === level);
              const active = inLevel.reduce((n, c) => n + c.active, 0);
              const nominated = inLevel.reduce((n, c) => n + c.nominated, 0);
              return (
                <Table.Summary.Cell key={level} index={i + 1} align="right">
                  {countText(active, nominated)}
                </Table.Summary.Cell>
              );
            })}
          </Table.Summary.Row>
        )
      }
      columns={[
        { title: '领域', dataIndex: 'field', render: (f: string) => f || '不限领域' },
        ...levels.map((level) => ({
          title: POOL_LEVEL_LABELS[level],
          key: level,
          align: 'right' as const,
          render: (_: unknown, row: Row) => {
            const cell = row[level];
            if (!cell || typeof cell === 'string') return '—';
            return countText(cell.active, cell.nominated);
          },
        })),
      ]}
    />
  );
}
