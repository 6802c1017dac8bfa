import type { CaseView } from '@dandang/shared/cases/case.schema';
import { Space, Tag, Tooltip, Typography } from 'antd';

/** A case's state and the last day of its current limit, red when passed, with a warning for a provisional calendar. */
export function CaseStatus({ c }: { c: CaseView }) {
  return (
    <Space size={4} wrap>
      <Tag color={c.closed ? 'default' : 'processing'}>{c.stateLabel}</Tag>
      {c.dueOn && !c.closed && (
        <Tooltip title={c.dueProvisional ? '该年度节假日安排尚未发布，按周一至周五推算，仅供参考' : '本阶段办理时限（工作日）'}>
          <Typography.Text type={c.overdue ? 'danger' : 'secondary'}>
            {c.overdue ? '已逾期，' : ''}时限 {c.dueOn}
            {c.dueProvisional ? '（暂定）' : ''}
          </Typography.Text>
        </Tooltip>
      )}
    </Space>
  );
}
