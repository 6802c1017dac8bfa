import { type ActionType, type ProColumns, ProTable } from '@ant-design/pro-components';
import type { PoolCandidate } from '@dandang/shared/cadres/talent-pool.schema';
import { Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { pageQuery } from '../../../platform/api/types';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { ReasonModal } from '../../../platform/ui/ReasonModal';
import { TagList } from '../../../platform/ui/TagList';
import { talentPoolApi } from '../hooks/talentPoolApi';

/**
 * 推荐人选: cadres in the user's scope who meet the pool's entry rule today (age line of the level, recent grades
 * 称职 or better, no running promotion bar) and carry its field and specialty; each can be nominated with a reason.
 */
export function CandidatesTable({ poolId, version, onChanged }: { poolId: string; version: number; onChanged: () => void }) {
  const actionRef = useRef<ActionType>(null);
  const handleError = useApiErrorHandler();
  const [nominating, setNominating] = useState<PoolCandidate | null>(null);
  useEffect(() => {
    if (version > 0) actionRef.current?.reload();
  }, [version]);

  const columns: ProColumns<PoolCandidate>[] = [
    { title: '姓名', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '按姓名查找' } },
    { title: '姓名', dataIndex: 'name', search: false, width: 90, fixed: 'left' },
    { title: '单位', dataIndex: 'unitName', search: false, ellipsis: true },
    { title: '职务', dataIndex: 'post', search: false, ellipsis: true },
    { title: '年龄', dataIndex: 'age', search: false, width: 64 },
    { title: '年龄线截止', dataIndex: 'ageLimitUntil', search: false, width: 110, tooltip: '该层次入库年龄上限所允许的最后一天' },
    { title: '领域', dataIndex: 'fieldTags', search: false, render: (_, c) => <TagList values={c.fieldTags} color="blue" /> },
    { title: '专业', dataIndex: 'specialtyTags', search: false, render: (_, c) => <TagList values={c.specialtyTags} color="green" /> },
    {
      title: '操作',
      valueType: 'option',
      width: 90,
      render: (_, c) => <Typography.Link onClick={() => setNominating(c)}>推荐入库</Typography.Link>,
    },
  ];

  return (
    <>
      <ProTable<PoolCandidate, { keyword?: string }>
        rowKey="cadreId"
        actionRef={actionRef}
        columns={columns}
        size="small"
        scroll={{ x: 900 }}
        search={{ labelWidth: 'auto', span: 8, style: { padding: '0 0 16px' } }}
        // The tab is the card: no second frame, no toolbar row above the table.
        cardProps={false}
        options={false}
        toolBarRender={false}
        pagination={{ defaultPageSize: 10, showSizeChanger: true }}
        locale={{ emptyText: '暂无符合入库条件的人选' }}
        request={async (params) => {
          const page = await talentPoolApi.candidates(poolId, { keyword: params.keyword?.trim() || undefined, ...pageQuery(params) });
          return { data: page.items, total: page.total, success: true };
        }}
        onRequestError={(error) => handleError(error)}
      />
      {nominating && (
        <ReasonModal
          title={`推荐入库：${nominating.name}（${nominating.unitName}）`}
          label="推荐理由"
          okText="推荐入库"
          onSubmit={(reason) => talentPoolApi.nominate(poolId, { cadreId: nominating.cadreId, reason })}
          onClose={() => setNominating(null)}
          onDone={() => {
            setNominating(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}
