import { ModalForm, ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import type { CycleView } from '@dandang/shared/assessment/cycle.schema';
import { OBJECTION_STATE_LABELS, type ObjectionView } from '@dandang/shared/assessment/result.schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { ASSESSMENT_KEY, resultApi } from '../hooks/assessmentApi';
import { DecisionModal } from './DecisionModal';

const STATE_COLORS = { OPEN: 'orange', UPHELD: 'red', DISMISSED: 'green' } as const;

/**
 * 公示反映: what was raised against an EXCELLENT candidate during the notice inside the unit, and how each ended. A
 * cycle publishes only when every one is resolved, and an upheld one only once the candidate's grade was changed.
 */
export function ObjectionsCard({
  cycle,
  topCandidates,
}: {
  cycle: CycleView;
  topCandidates: Array<{ participantId: string; name: string; unitName: string }>;
}) {
  const queryClient = useQueryClient();
  const key = [ASSESSMENT_KEY, 'objections', cycle.id];
  const { data, isPending } = useQuery({ queryKey: key, queryFn: () => resultApi.objections(cycle.id) });
  const [raising, setRaising] = useState(false);
  const [resolving, setResolving] = useState<ObjectionView | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: [ASSESSMENT_KEY] });
  const noticeOpen = cycle.state === 'NOTICE';
  return (
    <Card
      size="small"
      title="公示期间的反映"
      style={{ marginBottom: 16 }}
      extra={
        noticeOpen && (
          <Button onClick={() => setRaising(true)} disabled={topCandidates.length === 0}>
            登记反映
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        公示期至 {cycle.noticeEndsOn ?? '—'}（含当日）。反映须逐件核实办结；属实的，须先调整被反映人的等次再发布。
      </Typography.Paragraph>
      <Table<ObjectionView>
        rowKey="id"
        size="small"
        loading={isPending}
        dataSource={data ?? []}
        pagination={false}
        locale={{ emptyText: '没有收到反映' }}
        columns={[
          { title: '被反映人', dataIndex: 'name', width: 120 },
          { title: '反映内容', dataIndex: 'content' },
          { title: '登记时间', dataIndex: 'createdAt', width: 170, render: (v: string) => new Date(v).toLocaleString('zh-CN') },
          {
            title: '状态',
            dataIndex: 'state',
            width: 90,
            render: (s: ObjectionView['state']) => <Tag color={STATE_COLORS[s]}>{OBJECTION_STATE_LABELS[s]}</Tag>,
          },
          { title: '核查结论', dataIndex: 'resolution', render: (v: string) => v || '—' },
          {
            title: '操作',
            key: 'actions',
            width: 90,
            render: (_, o) => (noticeOpen && o.state === 'OPEN' ? <Typography.Link onClick={() => setResolving(o)}>办结</Typography.Link> : null),
          },
        ]}
      />
      {raising && (
        <RaiseObjectionModal
          cycleId={cycle.id}
          candidates={topCandidates}
          onClose={() => setRaising(false)}
          onSaved={() => {
            setRaising(false);
            return refresh();
          }}
        />
      )}
      {resolving && (
        <DecisionModal
          title={`办结反映：${resolving.name}`}
          context={<Typography.Paragraph>反映内容：{resolving.content}</Typography.Paragraph>}
          yes="属实"
          no="不属实"
          textLabel="核查结论"
          done="反映已办结"
          decide={(upheld, resolution) => resultApi.resolveObjection(resolving.id, { version: resolving.version, upheld, resolution })}
          onClose={() => setResolving(null)}
          onSaved={() => {
            setResolving(null);
            return refresh();
          }}
        />
      )}
    </Card>
  );
}

function RaiseObjectionModal({
  cycleId,
  candidates,
  onClose,
  onSaved,
}: {
  cycleId: string;
  candidates: Array<{ participantId: string; name: string; unitName: string }>;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<{ participantId: string; content: string }>();
  const submit = useModalSubmit(form);
  return (
    <ModalForm<{ participantId: string; content: string }>
      title="登记公示期间的反映"
      name="objection"
      form={form}
      open
      width={560}
      modalProps={formModalProps(onClose)}
      onFinish={(v) => submit(() => resultApi.raiseObjection(cycleId, v), { done: '反映已登记', onDone: onSaved, onReload: onClose })}
    >
      <ProFormSelect
        name="participantId"
        label="被反映人（公示的优秀等次人选）"
        showSearch
        options={candidates.map((c) => ({ value: c.participantId, label: `${c.name}（${c.unitName}）` }))}
        rules={[{ required: true, message: '请选择被反映人' }]}
      />
      <ProFormTextArea
        name="content"
        label="反映内容"
        fieldProps={{ rows: 4, maxLength: 2000, showCount: true }}
        rules={[{ required: true, message: '请填写反映内容' }]}
      />
    </ModalForm>
  );
}
