import type { TalentPool } from '@dandang/shared/cadres/talent-pool.schema';
import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router-dom';
import { PoolTags } from './PoolTags';

/** One pool on the board: its tags and how many are in the pool, waiting for approval, and out. */
export function PoolCard({ pool }: { pool: TalentPool }) {
  return (
    <Card size="small" title={<Link to={`/talent-pools/${pool.id}`}>{pool.name}</Link>} extra={<Link to={`/talent-pools/${pool.id}`}>进入</Link>}>
      <PoolTags pool={pool} />
      <Row gutter={8} style={{ marginTop: 12 }}>
        <Col span={8}>
          <Statistic title="在库" value={pool.counts.ACTIVE} valueStyle={{ color: '#1677ff' }} />
        </Col>
        <Col span={8}>
          <Statistic title="待审批" value={pool.counts.NOMINATED} valueStyle={{ color: pool.counts.NOMINATED ? '#fa8c16' : undefined }} />
        </Col>
        <Col span={8}>
          <Statistic title="已出库" value={pool.counts.EXITED} />
        </Col>
      </Row>
    </Card>
  );
}
