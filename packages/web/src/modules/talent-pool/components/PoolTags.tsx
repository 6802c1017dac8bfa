import { POOL_LEVEL_LABELS, type TalentPool } from '@dandang/shared/cadres/talent-pool.schema';
import { Space, Tag } from 'antd';

/** Level, field and specialty of a pool, and whether it is closed. */
export function PoolTags({ pool }: { pool: Pick<TalentPool, 'level' | 'field' | 'specialty' | 'active'> }) {
  return (
    <Space size={[0, 4]} wrap>
      <Tag color="geekblue">{POOL_LEVEL_LABELS[pool.level]}</Tag>
      <Tag color="blue">{pool.field ? `领域：${pool.field}` : '领域不限'}</Tag>
      {pool.specialty && <Tag color="green">专业：{pool.specialty}</Tag>}
      {!pool.active && <Tag>已停用</Tag>}
    </Space>
  );
}
