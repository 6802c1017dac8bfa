import type { PoolReview } from '@dandang/shared/cadres/talent-pool.schema';
import { useQuery } from '@tanstack/react-query';
import { App, Button, InputNumber, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { POOL_KEY, talentPoolApi } from '../hooks/talentPoolApi';

type Item = PoolReview['items'][number];
const REASON_COLORS: Record<string, string> = { OVER_AGE: 'orange', MEASURE: 'red', GRADE: 'volcano' };

/** 年度复核: the active members whom the exit rule takes out in a year, with why; 按规则出库 for the chosen ones. */
export function ReviewPanel({ poolId, version, onChanged }: { poolId: string; version: number; onChanged: () => void }) {
  const [year, setYear] = useState(new Date().getFullYear());
  const [selected, setSelected] = useState<string[]>([]);
  const [applying, setApplying] = useState(false);
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  const { data, isFetching, refetch, error } = useQuery({
    queryKey: [POOL_KEY, poolId, 'review', year, version],
    queryFn: () => talentPoolApi.review(poolId, year),
  });
  useEffect(() => {
    if (error) handleError(error);
  }, [error, handleError]);
  // Everyone listed is chosen by default; the user may leave some in the pool.
  useEffect(() => setSelected(data?.items.map((i) => i.member.id) ?? []), [data]);

  const apply = async () => {
    setApplying(true);
    try {
      const result = await talentPoolApi.applyExits(poolId, { year, memberIds: selected });
      message.success(result.skipped > 0 ? `已出库 ${result.exited} 人；${result.skipped} 人已不再符合出库条件，未处理` : `已出库 ${result.exited} 人`);
      onChanged();
      await refetch();
    } catch (e) {
      handleError(e);
    } finally {
      setApplying(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Space wrap>
        <span>复核年度</span>
        <InputNumber aria-label="复核年度" min={2000} max={2200} value={year} onChange={(v) => v && setYear(v)} />
        <Typography.Text type="secondary">{data ? `按 ${data.asOf} 的情况核对在库人员的年龄、处理处分和年度考核等次` : ''}</Typography.Text>
        <Popconfirm title={`将选中的 ${selected.length} 人按规则出库？`} okText="出库" cancelText="取消" onConfirm={apply} disabled={selected.length === 0}>
          <Button type="primary" danger disabled={selected.length === 0} loading={applying}>
            按规则出库（{selected.length}）
          </Button>
        </Popconfirm>
      </Space>
      <Table<Item>
        rowKey={(i) => i.member.id}
        size="small"
        loading={isFetching}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: '没有按规则应出库的在库人员' }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
        columns={[
          { title: '姓名', width: 90, render: (_, i) => i.member.cadreName },
          { title: '单位', ellipsis: true, render: (_, i) => i.member.unitName },
          { title: '出生日期', width: 110, render: (_, i) => i.member.birthDate },
          { title: '入库日期', width: 110, render: (_, i) => i.member.enteredOn },
          {
            title: '应出库原因',
            render: (_, i) => (
              <Space direction="vertical" size={2}>
                {i.reasons.map((r) => (
                  <Tooltip key={r.text} title={r.rule}>
                    <span>
                      <Tag color={REASON_COLORS[r.code]}>{r.code === 'OVER_AGE' ? '超龄' : r.code === 'MEASURE' ? '处理处分' : '考核等次'}</Tag>
                      {r.text}
                    </span>
                  </Tooltip>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
