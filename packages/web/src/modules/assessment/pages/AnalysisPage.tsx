import { SCHEME_CATEGORY_LABELS, type SchemeCategory } from '@dandang/shared/assessment/scheme.schema';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Row, Segmented, Select, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { EChart } from '../../../platform/charts/EChart';
import { type BarItem, gradeRowCount, gradesByUnitOption, histogramOption, trendOption } from '../analysis/analysis-charts';
import { RankingTable } from '../analysis/RankingTable';
import { type Drill, ResultsDrillDrawer } from '../analysis/ResultsDrillDrawer';
import { ASSESSMENT_KEY, cycleApi, resultApi } from '../hooks/assessmentApi';
import { isCadreCategory } from '../results/subject-words';

/** Cycles with scores to look at: anything past reporting. */
const ANALYSABLE = ['SCORING', 'GRADING', 'NOTICE', 'PUBLISHED'];

/**
 * 考核分析: one cycle's grades by unit, score distribution, ranking against last year and the trend over the years, for
 * a category, within the reader's scope. Every bar opens the list of who it counts.
 */
export function AnalysisPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [drill, setDrill] = useState<Drill | null>(null);
  const cycles = useQuery({ queryKey: [ASSESSMENT_KEY, 'cycles'], queryFn: () => cycleApi.list() });
  const choices = useMemo(() => (cycles.data ?? []).filter((c) => ANALYSABLE.includes(c.state)), [cycles.data]);
  const cycleId = params.get('cycle') ?? choices[0]?.id ?? '';
  const category = (params.get('category') as SchemeCategory | null) ?? undefined;
  const view = useQuery({
    queryKey: [ASSESSMENT_KEY, 'analysis', cycleId, category],
    queryFn: () => resultApi.analysis(cycleId, category),
    enabled: Boolean(cycleId),
  });
  const choose = (next: { cycle?: string; category?: string }) => {
    const merged = new URLSearchParams(params);
    if (next.cycle) {
      merged.set('cycle', next.cycle);
      merged.delete('category');
    }
    if (next.category) merged.set('category', next.category);
    setParams(merged);
  };
  const openBar = (data: unknown) => setDrill((data as BarItem).drill);

  if (cycles.error || view.error) return <Page>{<Alert type="error" showIcon message={((cycles.error ?? view.error) as Error).message} />}</Page>;
  if (cycles.data && choices.length === 0)
    return (
      <Page>
        <Card>
          <Empty description="还没有进入评分阶段的考核周期" />
        </Card>
      </Page>
    );
  const v = view.data;
  const byUnit = v ? isCadreCategory(v.category) : true;
  return (
    <Page
      extra={
        <Space wrap>
          <Select
            aria-label="考核周期"
            style={{ width: 260 }}
            value={cycleId || undefined}
            options={choices.map((c) => ({ value: c.id, label: c.name }))}
            onChange={(id) => choose({ cycle: id })}
          />
          {v && v.categories.length > 1 && (
            <Segmented<SchemeCategory>
              value={v.category}
              options={v.categories.map((c) => ({ value: c, label: SCHEME_CATEGORY_LABELS[c] }))}
              onChange={(c) => choose({ category: c })}
            />
          )}
        </Space>
      }
    >
      {!v ? (
        <Skeleton active />
      ) : (
        <>
          <Row gutter={16}>
            <Col xs={24} xl={12}>
              <Card
                size="small"
                title={byUnit ? '等次分布（按单位）' : '等次分布'}
                extra={<Typography.Text type="secondary">点击色块查看名单</Typography.Text>}
                style={{ marginBottom: 16 }}
              >
                <EChart
                  label={byUnit ? '各单位等次分布' : '等次分布'}
                  option={gradesByUnitOption(v)}
                  height={Math.max(200, 60 + gradeRowCount(v) * 32)}
                  onItemClick={({ data }) => openBar(data)}
                />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title="得分分布" extra={<Typography.Text type="secondary">点击柱子查看名单</Typography.Text>} style={{ marginBottom: 16 }}>
                {v.histogram.length === 0 ? (
                  <Empty description="还没有得分" />
                ) : (
                  <EChart label="得分分布直方图" option={histogramOption(v)} height={280} onItemClick={({ data }) => openBar(data)} />
                )}
              </Card>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} xl={12}>
              <Card size="small" title={`${SCHEME_CATEGORY_LABELS[v.category]}排名`} style={{ marginBottom: 16 }}>
                <RankingTable view={v} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card
                size="small"
                title="历年趋势"
                extra={<Typography.Text type="secondary">点击年份打开该年的考核周期</Typography.Text>}
                style={{ marginBottom: 16 }}
              >
                <EChart
                  label="历年平均分与最高等次占比"
                  option={trendOption(v)}
                  height={280}
                  onItemClick={({ dataIndex }) => {
                    const year = v.trend[dataIndex];
                    if (year) navigate(`/assessment/cycles/${year.cycleId}`);
                  }}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
      {drill && v && <ResultsDrillDrawer cycleId={cycleId} category={v.category} drill={drill} onClose={() => setDrill(null)} />}
    </Page>
  );
}
