import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Statistic } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { FieldLevelTable } from '../components/FieldLevelTable';
import { PoolCard } from '../components/PoolCard';
import { PoolFormModal } from '../components/PoolFormModal';
import { POOL_KEY, talentPoolApi } from '../hooks/talentPoolApi';

/** 优秀年轻干部库 board: totals, one card per pool, and members by field and level. */
export function TalentPoolsPage() {
  const canWrite = Boolean(usePermission('talent_pool.write'));
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { data, error, isPending } = useQuery({ queryKey: [POOL_KEY, 'board'], queryFn: talentPoolApi.board });
  const totals = data?.totals;

  return (
    <Page
      content="按领域、专业和层次建库；按规则推荐人选、审批入库，年度复核按规则出库。"
      extra={
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建人才库
          </Button>
        )
      }
    >
      {error ? (
        <Alert type="error" showIcon message={(error as Error).message} />
      ) : isPending || !data ? (
        <Skeleton active />
      ) : (
        <>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Row gutter={16}>
              <Col xs={12} md={6}>
                <Statistic title="人才库" value={totals?.pools} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="在库人数" value={totals?.active} valueStyle={{ color: '#1677ff' }} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="待审批" value={totals?.nominated} valueStyle={{ color: totals?.nominated ? '#fa8c16' : undefined }} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="已出库" value={totals?.exited} />
              </Col>
            </Row>
          </Card>
          {data.pools.length === 0 ? (
            <Card>
              <Empty description={canWrite ? '还没有人才库，请先新建' : '还没有人才库'} />
            </Card>
          ) : (
            <Row gutter={[16, 16]}>
              {data.pools.map((pool) => (
                <Col key={pool.id} xs={24} md={12} xl={8}>
                  <PoolCard pool={pool} />
                </Col>
              ))}
            </Row>
          )}
          <Card size="small" title="按领域、层次统计（在库人数）" style={{ marginTop: 16 }}>
            <FieldLevelTable cells={data.byFieldAndLevel} />
          </Card>
        </>
      )}
      {creating && <PoolFormModal onClose={() => setCreating(false)} onSaved={(pool) => navigate(`/talent-pools/${pool.id}`)} />}
    </Page>
  );
}
