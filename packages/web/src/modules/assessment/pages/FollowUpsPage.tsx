import { type ActionType, type ProColumns, ProTable } from '@ant-design/pro-components';
import {
  FOLLOW_UP_KINDS,
  FOLLOW_UP_LABELS,
  FOLLOW_UP_STATE_LABELS,
  FOLLOW_UP_STATES,
  type FollowUpKind,
  type FollowUpState,
} from '@dandang/shared/assessment/follow-up.rules';
import type { FollowUpView } from '@dandang/shared/assessment/follow-up.schema';
import { Badge, Button, Segmented, Space, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { ReasonModal } from '../../../platform/ui/ReasonModal';
import { AdjustmentFormModal } from '../../accountability';
import { followUpApi } from '../hooks/assessmentApi';

const STATE_COLORS: Record<FollowUpState, string> = { OPEN: 'processing', DONE: 'success', DISMISSED: 'default' };
type StateFilter = FollowUpState | 'ALL';

/**
 * 考核结果运用: what published annual grades ask of the organization department (嘉奖, 记三等功, 诫勉, 降低层次任职,
 * 辞退审查, 人才库复核, 能上能下), one tab per kind with its open count, each task closed with what was done.
 */
export function FollowUpsPage() {
  const handleError = useApiErrorHandler();
  const table = useRef<ActionType>(null);
  const [kind, setKind] = useState<FollowUpKind>('COMMENDATION');
  const [state, setState] = useState<StateFilter>('OPEN');
  const [open, setOpen] = useState<Record<string, number>>({});
  const [closing, setClosing] = useState<{ task: FollowUpView; to: 'DONE' | 'DISMISSED' } | null>(null);
  // A 能上能下 task is handled by opening a 不担当不作为 clue on it, which closes the task with the clue's number.
  const canOpenClue = usePermission('adjustment.handle') !== undefined;
  const [clueFrom, setClueFrom] = useState<FollowUpView | null>(null);
  const navigate = useNavigate();

  const columns: ProColumns<FollowUpView>[] = [
    { title: '姓名', width: 100, render: (_, f) => <Link to={`/cadres/${f.cadreId}`}>{f.name}</Link> },
    { title: '单位职务', ellipsis: true, render: (_, f) => `${f.unitName}${f.post ? ` ${f.post}` : ''}` },
    { title: '年度', dataIndex: 'year', width: 80 },
    {
      title: '依据',
      render: (_, f) => (
        <Space direction="vertical" size={0}>
          {f.repeated && <Tag color="red">连续两年</Tag>}
          {f.reasons.map((r) => (
            <Tooltip key={r.code + r.text} title={r.rule}>
              <span>{r.text}</span>
            </Tooltip>
          ))}
        </Space>
      ),
    },
    {
      title: '状态',
      width: 200,
      render: (_, f) => (
        <Space direction="vertical" size={0}>
          <Tag color={STATE_COLORS[f.state]}>{FOLLOW_UP_STATE_LABELS[f.state]}</Tag>
          {f.note && <Typography.Text type="secondary">{f.note}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: '操作',
      width: 220,
      render: (_, f) =>
        f.state === 'OPEN' && (
          <Space>
            {f.kind === 'UP_DOWN' && canOpenClue && (
              <Button size="small" type="link" onClick={() => setClueFrom(f)}>
                转为线索
              </Button>
            )}
            <Button size="small" type="link" onClick={() => setClosing({ task: f, to: 'DONE' })}>
              办结
            </Button>
            <Button size="small" type="link" onClick={() => setClosing({ task: f, to: 'DISMISSED' })}>
              不予处理
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <Page
      content={<Typography.Text type="secondary">年度考核结果发布后，按《公务员考核规定》第四章等规定生成的待办事项；办理后填写办理情况办结。</Typography.Text>}
    >
      <Tabs
        activeKey={kind}
        onChange={(k) => setKind(k as FollowUpKind)}
        items={FOLLOW_UP_KINDS.map((k) => ({
          key: k,
          label: (
            <Badge count={open[k] ?? 0} size="small" offset={[8, -2]}>
              {FOLLOW_UP_LABELS[k]}
            </Badge>
          ),
        }))}
      />
      <ProTable<FollowUpView>
        actionRef={table}
        rowKey="id"
        columns={columns}
        cardBordered
        search={false}
        params={{ kind, state }}
        scroll={{ x: 900 }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        options={{ density: false, setting: false, reload: true }}
        toolbar={{
          filter: (
            <Segmented<StateFilter>
              value={state}
              onChange={setState}
              options={[...FOLLOW_UP_STATES.map((s) => ({ value: s, label: FOLLOW_UP_STATE_LABELS[s] })), { value: 'ALL', label: '全部' }]}
            />
          ),
        }}
        request={async (params) => {
          const page = await followUpApi.list({
            kind,
            state: state === 'ALL' ? undefined : state,
            page: params.current ?? 1,
            pageSize: params.pageSize ?? 20,
          });
          setOpen(page.open);
          return { data: page.items, total: page.total, success: true };
        }}
        onRequestError={(error) => handleError(error)}
      />
      {closing && (
        <ReasonModal
          title={`${closing.to === 'DONE' ? '办结' : '不予处理'}：${closing.task.name}（${FOLLOW_UP_LABELS[closing.task.kind]}）`}
          label={closing.to === 'DONE' ? '办理情况' : '不予处理的理由'}
          okText={closing.to === 'DONE' ? '办结' : '不予处理'}
          maxLength={500}
          extra={closing.to === 'DONE' ? '如嘉奖或记功的文号、诫勉谈话的时间和谈话人' : undefined}
          onSubmit={(note) => followUpApi.close(closing.task.id, { version: closing.task.version, state: closing.to, note })}
          onClose={() => setClosing(null)}
          onDone={() => {
            setClosing(null);
            void table.current?.reload();
          }}
        />
      )}
      {clueFrom && (
        <AdjustmentFormModal
          open
          followUp={{ id: clueFrom.id, name: clueFrom.name, year: clueFrom.year }}
          onClose={() => setClueFrom(null)}
          onCreated={(a) => navigate(`/accountability/adjustments/${a.case.id}`)}
        />
      )}
    </Page>
  );
}
