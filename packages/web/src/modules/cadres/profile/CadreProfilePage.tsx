import { ProCard } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Col, Collapse, Row, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { CadreHonorsSection } from '../../honors';
import { CadreVisitsSection } from '../../visits';
import { CadreDrawer } from '../components/CadreDrawer';
import { CadrePosts } from '../components/CadrePosts';
import { CadreProfile } from '../components/CadreProfile';
import { cadreApi } from '../hooks/cadreApi';
import { ImpactPanel } from '../measures/ImpactPanel';
import { MeasuresTable } from '../measures/MeasuresTable';
import { SupervisionRecords } from '../supervision';
import { AnnualGrades } from './AnnualGrades';
import { CadreTimeline } from './CadreTimeline';
import { ProfileHeader } from './ProfileHeader';

/**
 * 干部档案: one page per cadre. The essentials, the impact panel and the measures register (measure.read), the annual
 * grades (grade.read), the posts, the supervision records (supervision.read), the return visits and recommendations for use (visit.read), and the timeline of everything across modules that the viewer may read.
 */
export function CadreProfilePage() {
  const { id = '' } = useParams();
  const canReadMeasures = Boolean(usePermission('measure.read'));
  const canWriteMeasures = Boolean(usePermission('measure.write'));
  const canReadGrades = Boolean(usePermission('grade.read'));
  const canWriteGrades = Boolean(usePermission('grade.write'));
  const canWriteCadre = Boolean(usePermission('cadre.write'));
  const canReadSupervision = Boolean(usePermission('supervision.read'));
  const canReadVisits = Boolean(usePermission('visit.read'));
  const canReadHonors = Boolean(usePermission('honor.read'));
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const { data: cadre, error, isPending } = useQuery({ queryKey: ['cadres', 'detail', id], queryFn: () => cadreApi.get(id) });

  if (error) {
    return (
      <Page title="干部档案">
        <Alert type="error" showIcon message={(error as Error).message} action={<Link to="/cadres">返回名册</Link>} />
      </Page>
    );
  }
  if (isPending || !cadre) {
    return (
      <Page title="干部档案">
        <Skeleton active />
      </Page>
    );
  }
  return (
    <Page
      title={`${cadre.name} · 干部档案`}
      extra={
        <Space>
          {/* The drawer of the roster, with its edit form (and its stale-save handling), reused as is. */}
          {canWriteCadre && (
            <Button type="primary" onClick={() => setEditing(true)}>
              编辑
            </Button>
          )}
          <Link to="/cadres">
            <Button>返回名册</Button>
          </Link>
        </Space>
      }
      content={<ProfileHeader cadre={cadre} />}
    >
      <Row gutter={[16, 16]}>
        {canReadMeasures && (
          <Col span={24}>
            <ProCard title="影响期" bordered headerBordered>
              <ImpactPanel cadreId={cadre.id} />
            </ProCard>
          </Col>
        )}
        {canReadMeasures && (
          <Col span={24}>
            <ProCard title="处理处分措施" bordered headerBordered>
              <MeasuresTable cadreId={cadre.id} canWrite={canWriteMeasures} />
            </ProCard>
          </Col>
        )}
        {canReadVisits && (
          <Col span={24}>
            {/* Beside the register it follows from: the visits and recommendations of the measures above. */}
            <ProCard title="回访教育" bordered headerBordered>
              <CadreVisitsSection cadreId={cadre.id} wide />
            </ProCard>
          </Col>
        )}
        <Col xs={24} xl={14}>
          <ProCard title="时间轴" bordered headerBordered>
            <CadreTimeline cadreId={cadre.id} />
          </ProCard>
        </Col>
        <Col xs={24} xl={10}>
          <Row gutter={[16, 16]}>
            {canReadGrades && (
              <Col span={24}>
                <ProCard title="年度考核" bordered headerBordered>
                  <AnnualGrades cadreId={cadre.id} canWrite={canWriteGrades} />
                </ProCard>
              </Col>
            )}
            <Col span={24}>
              <ProCard title="任职经历" bordered headerBordered>
                <CadrePosts cadreId={cadre.id} canWrite={canWriteCadre} />
              </ProCard>
            </Col>
            {canReadHonors && (
              <Col span={24}>
                <ProCard title="荣誉" bordered headerBordered>
                  <CadreHonorsSection cadreId={cadre.id} />
                </ProCard>
              </Col>
            )}
            {canReadSupervision && (
              <Col span={24}>
                <ProCard title="监督记录" bordered headerBordered>
                  <SupervisionRecords cadreId={cadre.id} />
                </ProCard>
              </Col>
            )}
          </Row>
        </Col>
        <Col span={24}>
          <Collapse items={[{ key: 'detail', label: '详细信息', children: <CadreProfile key={`${cadre.id}:${cadre.version}`} cadre={cadre} /> }]} />
        </Col>
      </Row>
      <CadreDrawer
        cadreId={editing ? cadre.id : null}
        onClose={() => setEditing(false)}
        onChanged={() => void queryClient.invalidateQueries({ queryKey: ['cadres', 'timeline', cadre.id] })}
      />
    </Page>
  );
}
