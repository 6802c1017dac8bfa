import type { TargetView } from '@dandang/shared/assessment/target.schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { ASSESSMENT_KEY, cycleApi, indicatorApi, targetApi } from '../hooks/assessmentApi';
import { type HeatCellPick, HeatMapCard } from '../targets/HeatMapCard';
import { PeoplePanel } from '../targets/PeoplePanel';
import { TargetDrawer } from '../targets/TargetDrawer';
import { childLevelOf, type TargetDraft, TargetFormModal } from '../targets/TargetFormModal';
import { TargetImportModal } from '../targets/TargetImportModal';
import { TargetTree } from '../targets/TargetTree';

/** Decomposing happens while a cycle is a draft or open for reporting (the server refuses it later). */
const DECOMPOSING = ['DRAFT', 'OPEN'];

/**
 * 目标任务 of a cycle (目标任务清单化): the heat map of completion, the tree from the jurisdiction to units to people,
 * and the people of the chosen unit to drag onto its targets. Clicking a heat-map cell narrows the tree to that unit
 * and indicator; clicking a target opens its progress.
 */
export function TargetsPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const canWrite = Boolean(usePermission('assessment.target.write'));
  const canReview = Boolean(usePermission('assessment.progress.review'));
  const [pick, setPick] = useState<HeatCellPick | null>(null);
  const [selected, setSelected] = useState<TargetView | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [form, setForm] = useState<{ draft?: TargetDraft; editing?: TargetView } | null>(null);
  const [importing, setImporting] = useState(false);
  const cycle = useQuery({ queryKey: [ASSESSMENT_KEY, 'cycle', id], queryFn: () => cycleApi.get(id) });
  const targets = useQuery({ queryKey: [ASSESSMENT_KEY, 'targets', id], queryFn: () => targetApi.list(id) });
  const heat = useQuery({ queryKey: [ASSESSMENT_KEY, 'targets', id, 'heat'], queryFn: () => targetApi.heatMap(id) });
  const indicators = useQuery({ queryKey: [ASSESSMENT_KEY, 'indicators', 'live'], queryFn: () => indicatorApi.list({}) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: [ASSESSMENT_KEY, 'targets', id] });

  const shown = useMemo(() => {
    const all = targets.data ?? [];
    if (!pick) return all;
    return all.filter((t) => t.unitId === pick.unitId && t.indicator?.id === pick.indicatorId);
  }, [targets.data, pick]);
  const assigned = useMemo(
    () => new Set((targets.data ?? []).filter((t) => t.parentId === selected?.id && t.cadreId).map((t) => t.cadreId as string)),
    [targets.data, selected],
  );

  if (cycle.error || targets.error) return <Page>{<Alert type="error" showIcon message={((cycle.error ?? targets.error) as Error).message} />}</Page>;
  if (!cycle.data || !targets.data) return <Page>{<Skeleton active />}</Page>;
  const decomposing = canWrite && DECOMPOSING.includes(cycle.data.state);
  const decompose = (parent: TargetView, cadre?: { id: string; name: string }) => {
    const level = childLevelOf(parent);
    if (level) setForm({ draft: { level, parent, cadre } });
  };

  return (
    <Page
      title={`目标任务：${cycle.data.name}`}
      extra={
        decomposing && (
          <Space>
            <Button onClick={() => setImporting(true)}>导入</Button>
            <Button type="primary" onClick={() => setForm({ draft: { level: 'UNIT' } })}>
              新建目标
            </Button>
          </Space>
        )
      }
    >
      {heat.data && <HeatMapCard map={heat.data} onPick={setPick} />}
      {decomposing && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="选中一个单位目标，把右侧的人员拖到该目标上，即可分解为个人目标；也可以在目标详情中点“分解”，或用“导入”批量分解。"
        />
      )}
      <Row gutter={16}>
        <Col xs={24} lg={decomposing ? 16 : 24}>
          <Card
            size="small"
            title="目标树"
            extra={
              pick && (
                <Tag closable color="blue" onClose={() => setPick(null)}>
                  {pick.unitName} · {pick.indicatorName}
                </Tag>
              )
            }
          >
            <TargetTree
              targets={shown}
              selectedId={selected?.id ?? null}
              onSelect={setSelected}
              onOpen={(t) => setOpen(t.id)}
              onDropPerson={decomposing ? (t, person) => decompose(t, person) : undefined}
            />
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
              共 {shown.length} 项目标{pick ? '（已按热力图筛选）' : ''}
            </Typography.Text>
          </Card>
        </Col>
        {decomposing && (
          <Col xs={24} lg={8}>
            <PeoplePanel target={selected} assignedCadreIds={assigned} onAssign={(person) => selected && decompose(selected, person)} />
          </Col>
        )}
      </Row>
      {open && (
        <TargetDrawer
          targetId={open}
          canWrite={decomposing}
          canReview={canReview}
          onClose={() => setOpen(null)}
          onEdit={(t) => setForm({ editing: t })}
          onDecompose={(t) => decompose(t)}
          onChanged={refresh}
        />
      )}
      {form && (
        <TargetFormModal
          cycleId={id}
          draft={form.draft}
          editing={form.editing}
          indicators={(indicators.data ?? []).filter((i) => !i.retired)}
          onClose={() => setForm(null)}
          onSaved={() => {
            setForm(null);
            void refresh();
            void queryClient.invalidateQueries({ queryKey: [ASSESSMENT_KEY, 'target'] });
          }}
        />
      )}
      {importing && (
        <TargetImportModal
          cycleId={id}
          cycleName={cycle.data.name}
          onClose={() => setImporting(false)}
          onImported={() => {
            setImporting(false);
            void refresh();
          }}
        />
      )}
    </Page>
  );
}
