import { MEASURE_LABELS, type MeasureCode } from '@dandang/shared/rules/measures';
import type { VisitPlanView } from '@dandang/shared/visits/visit.schema';
import { isWindowOpen } from '@dandang/shared/visits/visit-plan.rules';
import { useQuery } from '@tanstack/react-query';
import { Alert, Col, Empty, List, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { usePermission } from '../../../platform/auth/permission';
import { useRefreshVisits } from '../hooks/useRefreshVisits';
import { visitKeys, visitsApi } from '../hooks/visitsApi';
import { PlanItems } from './PlanItems';
import { Recommendations } from './Recommendations';
import { RecordVisitModal } from './RecordVisitModal';
import { VisitRecords } from './VisitRecords';
import { PLAN_STATUS } from './visit-labels';

const heading = { fontSize: 13, margin: '12px 0 4px', display: 'block' } as const;

/**
 * 回访教育 on a cadre's profile and drawer (for visit.read): the recommendations for use, the plan of each measure
 * with a bar, and the visits on record; writers record a visit from the plan while its window is open. `wide` (the
 * profile page's full-width card) puts the records beside the plans instead of under them.
 */
export function CadreVisitsSection({ cadreId, wide = false }: { cadreId: string; wide?: boolean }) {
  const canWrite = Boolean(usePermission('visit.write'));
  const refreshVisits = useRefreshVisits();
  const [recording, setRecording] = useState<VisitPlanView | null>(null);
  const { data, error, isPending } = useQuery({ queryKey: visitKeys.cadrePlan(cadreId), queryFn: () => visitsApi.cadrePlan(cadreId) });
  if (error) return <Alert type="error" showIcon message={(error as Error).message} />;
  if (isPending || !data) return <Skeleton active />;
  return (
    <section aria-label="回访教育">
      <Row gutter={[24, 0]}>
        <Col span={wide ? 12 : 24}>
          <Typography.Text strong style={heading}>
            推荐使用建议
          </Typography.Text>
          <Recommendations cadreId={cadreId} />
          <Typography.Text strong style={heading}>
            回访计划
          </Typography.Text>
          <List<VisitPlanView>
            size="small"
            dataSource={data.plans}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有需要回访的处理处分措施" /> }}
            renderItem={(p) => (
              <List.Item
                actions={
                  canWrite && isWindowOpen(p, data.asOf)
                    ? [
                        <Typography.Link key="record" onClick={() => setRecording(p)}>
                          登记回访
                        </Typography.Link>,
                      ]
                    : []
                }
              >
                <Space direction="vertical" size={4}>
                  <Space size={6} wrap>
                    <Tag color={PLAN_STATUS[p.state].color}>{PLAN_STATUS[p.state].label}</Tag>
                    <Typography.Text strong>{MEASURE_LABELS[p.measureCode as MeasureCode] ?? p.measureCode}</Typography.Text>
                    <Typography.Text type="secondary">
                      {p.effectiveOn} 生效，影响期 {p.barEnd} 结束，{p.assignedTo}回访
                    </Typography.Text>
                  </Space>
                  <PlanItems items={p.items} />
                </Space>
              </List.Item>
            )}
          />
        </Col>
        <Col span={wide ? 12 : 24}>
          <Typography.Text strong style={heading}>
            回访记录
          </Typography.Text>
          <VisitRecords visits={data.visits} />
        </Col>
      </Row>
      {recording && (
        <RecordVisitModal
          plan={recording}
          asOf={data.asOf}
          onClose={() => setRecording(null)}
          onDone={() => {
            setRecording(null);
            refreshVisits();
          }}
        />
      )}
    </section>
  );
}
