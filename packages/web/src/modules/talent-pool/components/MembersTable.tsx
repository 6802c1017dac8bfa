import { type ActionType, type ProColumns, ProTable } from '@ant-design/pro-components';
import { EXIT_REASON_LABELS, type MemberStatus, type PoolMember } from '@dandang/shared/cadres/talent-pool.schema';
import { Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { pageQuery } from '../../../platform/api/types';
import { usePermission } from '../../../platform/auth/permission';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { ReasonModal } from '../../../platform/ui/ReasonModal';
import { talentPoolApi } from '../hooks/talentPoolApi';

type Step = { kind: 'approve' | 'reject' | 'exit'; member: PoolMember };

const STEP_TEXT = {
  approve: { title: '同意入库', label: '审批意见', okText: '同意入库', optional: true, danger: false },
  reject: { title: '不同意入库', label: '不同意的理由', okText: '不同意', optional: false, danger: true },
  exit: { title: '出库', label: '出库理由', okText: '出库', optional: false, danger: true },
} as const;

/** The pool's members in one status; 待审批 rows offer 入库/不同意, 在库 rows offer 出库 (talent_pool.write). */
export function MembersTable({ poolId, status, version, onChanged }: { poolId: string; status: MemberStatus; version: number; onChanged: () => void }) {
  const actionRef = useRef<ActionType>(null);
  const handleError = useApiErrorHandler();
  const canDecide = Boolean(usePermission('talent_pool.write'));
  const [step, setStep] = useState<Step | null>(null);
  // Another tab's action (a nomination, the yearly review) changes this list too.
  useEffect(() => {
    if (version > 0) actionRef.current?.reload();
  }, [version]);

  const columns: ProColumns<PoolMember>[] = [
    { title: '姓名', dataIndex: 'cadreName', width: 90, fixed: 'left' },
    { title: '单位', dataIndex: 'unitName', ellipsis: true },
    { title: '职务', dataIndex: 'post', ellipsis: true },
    { title: '出生日期', dataIndex: 'birthDate', width: 110 },
    { title: '推荐理由', dataIndex: 'reason', ellipsis: true },
    { title: '推荐人', dataIndex: 'nominatedByName', width: 100, hideInTable: status !== 'NOMINATED' },
    { title: '入库日期', dataIndex: 'enteredOn', width: 110, hideInTable: status !== 'ACTIVE' && status !== 'EXITED' },
    { title: '出库日期', dataIndex: 'exitedOn', width: 110, hideInTable: status !== 'EXITED' },
    {
      title: '出库原因',
      dataIndex: 'exitReason',
      ellipsis: true,
      hideInTable: status !== 'EXITED',
      render: (_, m) => [m.exitReason ? EXIT_REASON_LABELS[m.exitReason] : '', m.exitNote].filter(Boolean).join('：'),
    },
    { title: '审批意见', dataIndex: 'decisionNote', ellipsis: true, hideInTable: status !== 'REJECTED' },
    {
      title: '操作',
      valueType: 'option',
      width: 120,
      hideInTable: !canDecide || (status !== 'NOMINATED' && status !== 'ACTIVE'),
      render: (_, member) =>
        status === 'NOMINATED' ? (
          <Space>
            <Typography.Link onClick={() => setStep({ kind: 'approve', member })}>入库</Typography.Link>
            <Typography.Link type="danger" onClick={() => setStep({ kind: 'reject', member })}>
              不同意
            </Typography.Link>
          </Space>
        ) : (
          <Typography.Link type="danger" onClick={() => setStep({ kind: 'exit', member })}>
            出库
          </Typography.Link>
        ),
    },
  ];

  const submit = (s: Step, note: string) => {
    const body = { version: s.member.version, note };
    if (s.kind === 'approve') return talentPoolApi.approve(s.member.id, body);
    if (s.kind === 'reject') return talentPoolApi.reject(s.member.id, body);
    return talentPoolApi.exit(s.member.id, body);
  };

  return (
    <>
      <ProTable<PoolMember>
        rowKey="id"
        actionRef={actionRef}
        columns={columns}
        search={false}
        size="small"
        scroll={{ x: 900 }}
        // The tab is the card: no second frame, no toolbar row above the table.
        cardProps={false}
        options={false}
        toolBarRender={false}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        locale={{ emptyText: '暂无人员' }}
        request={async (params) => {
          const page = await talentPoolApi.members(poolId, { status, ...pageQuery(params) });
          return { data: page.items, total: page.total, success: true };
        }}
        onRequestError={(error) => handleError(error)}
      />
      {step && (
        <ReasonModal
          {...STEP_TEXT[step.kind]}
          title={`${STEP_TEXT[step.kind].title}：${step.member.cadreName}`}
          onSubmit={(note) => submit(step, note)}
          onClose={() => setStep(null)}
          onDone={() => {
            setStep(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}
