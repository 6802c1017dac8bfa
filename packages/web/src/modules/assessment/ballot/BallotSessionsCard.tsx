import type { BallotSessionView, IssuedCodes } from '@dandang/shared/assessment/ballot.schema';
import type { CycleView } from '@dandang/shared/assessment/cycle.schema';
import { RATER_GROUP_LABELS, type RaterGroup } from '@dandang/shared/assessment/scheme.schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { T } from '../../../i18n/zh-CN';
import { usePermission } from '../../../platform/auth/permission';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { ASSESSMENT_KEY, ballotApi, schemeApi } from '../hooks/assessmentApi';
import { BallotSessionFormModal } from './BallotSessionFormModal';
import { BallotTallyModal } from './BallotTallyModal';
import { CodeSheetModal } from './CodeSheetModal';

/** 民主测评 of a cycle: each evaluated unit with turnout per group, closing, the tally, and making new codes. */
export function BallotSessionsCard({ cycle }: { cycle: CycleView }) {
  const canConfigure = Boolean(usePermission('assessment.config'));
  const canSeeResults = Boolean(usePermission('assessment.result.read'));
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<IssuedCodes | null>(null);
  const [tally, setTally] = useState<BallotSessionView | null>(null);
  const sessions = useQuery({ queryKey: [ASSESSMENT_KEY, 'ballot-sessions', cycle.id], queryFn: () => ballotApi.sessions(cycle.id) });
  const schemes = useQuery({ queryKey: [ASSESSMENT_KEY, 'schemes'], queryFn: () => schemeApi.list(), enabled: creating });
  const refresh = () => queryClient.invalidateQueries({ queryKey: [ASSESSMENT_KEY, 'ballot-sessions', cycle.id] });
  const chosen = new Set(cycle.schemes.map((s) => s.schemeId));
  const groups = [...new Set((schemes.data ?? []).filter((s) => chosen.has(s.id)).flatMap((s) => s.raterGroups.map((g) => g.group)))] as RaterGroup[];

  const close = async (session: BallotSessionView) => {
    try {
      await ballotApi.close(session.id, session.version);
      message.success(`已结束：${session.unitName} 民主测评`);
      await refresh();
    } catch (error) {
      handleError(error, { onReload: refresh });
    }
  };

  return (
    <Card
      size="small"
      title="民主测评"
      style={{ marginBottom: 16 }}
      extra={
        canConfigure &&
        cycle.state === 'OPEN' && (
          <Button type="primary" ghost onClick={() => setCreating(true)}>
            组织民主测评
          </Button>
        )
      }
    >
      <Table<BallotSessionView>
        rowKey="id"
        size="small"
        loading={sessions.isPending}
        dataSource={sessions.data ?? []}
        pagination={false}
        locale={{ emptyText: cycle.state === 'OPEN' ? '还没有组织民主测评' : '本周期没有民主测评' }}
        columns={[
          { title: '被测评单位', dataIndex: 'unitName' },
          { title: '状态', dataIndex: 'status', width: 90, render: (s: string) => (s === 'OPEN' ? <Tag color="blue">投票中</Tag> : <Tag>已结束</Tag>) },
          {
            title: '投票情况（已投 / 发放）',
            render: (_, s) => (
              <Space direction="vertical" size={0}>
                {s.turnout.map((t) => (
                  <span key={t.group}>
                    {RATER_GROUP_LABELS[t.group]}：{t.cast} / {t.issued}
                    {t.cast < s.minValidPerGroup && <Typography.Text type="warning">（少于 {s.minValidPerGroup} 票）</Typography.Text>}
                    {t.suspicious > 0 && <Tag color="orange" style={{ marginLeft: 6 }}>{`答案全同 ${t.suspicious} 张`}</Tag>}
                  </span>
                ))}
              </Space>
            ),
          },
          {
            title: T.actions,
            width: 170,
            render: (_, s) => (
              <Space>
                {canSeeResults && <Typography.Link onClick={() => setTally(s)}>计票结果</Typography.Link>}
                {canConfigure && s.status === 'OPEN' && (
                  <Popconfirm
                    title={`结束${s.unitName}的民主测评？`}
                    description="结束后未使用的测评码作废。"
                    okText="结束"
                    cancelText={T.cancel}
                    onConfirm={() => close(s)}
                  >
                    <Typography.Link>结束测评</Typography.Link>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {creating && schemes.data && (
        <BallotSessionFormModal
          cycleId={cycle.id}
          groups={groups}
          onClose={() => setCreating(false)}
          onIssued={async (codes) => {
            setCreating(false);
            setIssued(codes);
            await refresh();
          }}
        />
      )}
      {issued && <CodeSheetModal issued={issued} onClose={() => setIssued(null)} />}
      {tally && <BallotTallyModal sessionId={tally.id} title={tally.unitName} onClose={() => setTally(null)} />}
    </Card>
  );
}
