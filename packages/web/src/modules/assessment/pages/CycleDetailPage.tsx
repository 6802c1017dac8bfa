import { CYCLE_STATE_INFO, nextState } from '@dandang/shared/assessment/cycle.states';
import { SCHEME_CATEGORY_LABELS } from '@dandang/shared/assessment/scheme.schema';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { T } from '../../../i18n/zh-CN';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { BallotSessionsCard } from '../ballot/BallotSessionsCard';
import { CycleStages } from '../components/CycleStages';
import { CycleStateTag, periodOf, StageDue } from '../components/cycle-labels';
import { ASSESSMENT_KEY, cycleApi, resultApi } from '../hooks/assessmentApi';
import { ObjectionsCard } from '../results/ObjectionsCard';
import { PoolsCard } from '../results/PoolsCard';
import { ResultsTable } from '../results/ResultsTable';
import { subjectWords } from '../results/subject-words';

/** One cycle: its stages with deadlines, the move to the next stage, its scope and schemes, and who it assesses. */
export function CycleDetailPage() {
  const { id = '' } = useParams();
  const canConfigure = Boolean(usePermission('assessment.config'));
  const canSeeResults = Boolean(usePermission('assessment.result.read'));
  const canGrade = Boolean(usePermission('assessment.grade'));
  const canSeeTargets = Boolean(usePermission('assessment.target.read'));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const cycle = useQuery({ queryKey: [ASSESSMENT_KEY, 'cycle', id], queryFn: () => cycleApi.get(id) });
  const population = useQuery({ queryKey: [ASSESSMENT_KEY, 'cycle', id, 'population'], queryFn: () => cycleApi.population(id), enabled: Boolean(cycle.data) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: [ASSESSMENT_KEY] });
  const started = Boolean(cycle.data && cycle.data.state !== 'DRAFT');
  const sheetQueries = useQueries({
    queries: (cycle.data?.schemes ?? []).map((s) => ({
      queryKey: [ASSESSMENT_KEY, 'sheet', id, s.category],
      queryFn: () => resultApi.sheet(id, s.category),
      enabled: started && canSeeResults,
    })),
  });
  const sheets = new Map(sheetQueries.flatMap((q) => (q.data ? [[q.data.category, q.data] as const] : [])));
  const noticed = cycle.data?.state === 'NOTICE' || cycle.data?.state === 'PUBLISHED';
  const graded = noticed || cycle.data?.state === 'GRADING';
  const candidates = useQuery({
    queryKey: [ASSESSMENT_KEY, 'cycle', id, 'candidates'],
    queryFn: () => resultApi.list(id, { page: 1, pageSize: 500 }),
    enabled: noticed && canGrade,
  });

  if (cycle.error) return <Page>{<Alert type="error" showIcon message={(cycle.error as Error).message} />}</Page>;
  if (!cycle.data) return <Page>{<Skeleton active />}</Page>;
  const c = cycle.data;
  const to = nextState(c.state);
  const action = CYCLE_STATE_INFO[c.state].next?.action;

  const advance = async () => {
    if (!to) return;
    setBusy(true);
    try {
      await cycleApi.advance(c.id, { version: c.version, to });
      message.success(`${action}：已进入“${CYCLE_STATE_INFO[to].label}”阶段`);
      await refresh();
    } catch (error) {
      handleError(error, { onReload: refresh });
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    try {
      await cycleApi.remove(c.id, c.version);
      message.success(`已删除：${c.name}`);
      await refresh();
      navigate('/assessment/cycles');
    } catch (error) {
      handleError(error, { onReload: refresh });
    }
  };

  return (
    <Page
      title={c.name}
      extra={
        (canConfigure || canSeeTargets || canSeeResults) && (
          <Space>
            {canSeeTargets && <Button onClick={() => navigate(`/assessment/cycles/${c.id}/targets`)}>目标任务</Button>}
            {canSeeResults && ['SCORING', 'GRADING', 'NOTICE', 'PUBLISHED'].includes(c.state) && (
              <Button onClick={() => navigate(`/assessment/analysis?cycle=${c.id}`)}>考核分析</Button>
            )}
            {canConfigure && c.state === 'DRAFT' && (
              <Popconfirm title="删除这个草稿？" okText="删除" okButtonProps={{ danger: true }} cancelText={T.cancel} onConfirm={remove}>
                <Button danger>删除</Button>
              </Popconfirm>
            )}
            {canConfigure && to && (
              <Popconfirm
                title={`${action}？`}
                description={
                  c.state === 'DRAFT'
                    ? '启动后按考核范围确定考核对象，不再随名册变化。'
                    : `进入“${CYCLE_STATE_INFO[to].label}”阶段：${CYCLE_STATE_INFO[to].work}。`
                }
                okText={action}
                cancelText={T.cancel}
                onConfirm={advance}
              >
                <Button type="primary" loading={busy}>
                  {action}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <CycleStages cycle={c} />
      </Card>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="类型">{periodOf(c)}</Descriptions.Item>
          <Descriptions.Item label="阶段">
            <CycleStateTag cycle={c} />
          </Descriptions.Item>
          <Descriptions.Item label="阶段截止">
            <StageDue cycle={c} />
          </Descriptions.Item>
          <Descriptions.Item label="考核范围">{c.units.map((u) => u.name).join('、')}（含下级单位）</Descriptions.Item>
          <Descriptions.Item label="类别与方案" span={2}>
            <Space direction="vertical" size={0}>
              {c.schemes.map((s) => {
                const n = population.data?.find((p) => p.category === s.category)?.count;
                return (
                  <span key={s.category}>
                    {SCHEME_CATEGORY_LABELS[s.category]}：<Link to={`/assessment/schemes/${s.schemeId}`}>{s.schemeName}</Link>
                    {n !== undefined && (
                      <Typography.Text type="secondary">
                        {' '}
                        （{c.state === 'DRAFT' ? '按当前名册约' : '共'} {n} {subjectWords(s.category).measure}）
                      </Typography.Text>
                    )}
                  </span>
                );
              })}
            </Space>
          </Descriptions.Item>
          {c.description && <Descriptions.Item label="说明">{c.description}</Descriptions.Item>}
        </Descriptions>
      </Card>
      {c.state !== 'DRAFT' && <BallotSessionsCard cycle={c} />}
      {noticed && canGrade && (
        <ObjectionsCard
          cycle={c}
          topCandidates={(candidates.data?.items ?? []).filter((r) => r.grade !== null && r.grade === sheets.get(r.category)?.grades[0]?.code)}
        />
      )}
      {graded && canGrade && <PoolsCard cycle={c} />}
      {c.state !== 'DRAFT' && canSeeResults && <ResultsTable cycle={c} sheets={sheets} />}
    </Page>
  );
}
