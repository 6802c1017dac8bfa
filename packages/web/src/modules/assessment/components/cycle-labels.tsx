import { CYCLE_KIND_LABELS, type CycleView } from '@dandang/shared/assessment/cycle.schema';
import { CYCLE_STATE_INFO } from '@dandang/shared/assessment/cycle.states';
import { Tag } from 'antd';

const STATE_COLORS = { DRAFT: 'default', OPEN: 'blue', SCORING: 'cyan', GRADING: 'purple', NOTICE: 'orange', PUBLISHED: 'green' } as const;

export function CycleStateTag({ cycle }: { cycle: Pick<CycleView, 'state'> }) {
  return <Tag color={STATE_COLORS[cycle.state]}>{CYCLE_STATE_INFO[cycle.state].label}</Tag>;
}

/** 2026年 第2季度 平时考核, 2026年 年度考核. */
export function periodOf(cycle: Pick<CycleView, 'year' | 'quarter' | 'kind'>): string {
  return `${cycle.year}年${cycle.quarter ? ` 第${cycle.quarter}季度` : ''} ${CYCLE_KIND_LABELS[cycle.kind]}`;
}

/** The current stage's deadline, red when it has passed; a provisional date says the holiday arrangement is not out yet. */
export function StageDue({ cycle }: { cycle: Pick<CycleView, 'stageDueOn' | 'overdue' | 'stageDueProvisional'> }) {
  if (!cycle.stageDueOn) return <>—</>;
  return (
    <span>
      {cycle.stageDueOn}
      {cycle.overdue && (
        <Tag color="red" style={{ marginLeft: 6 }}>
          已逾期
        </Tag>
      )}
      {cycle.stageDueProvisional && (
        <Tag color="gold" style={{ marginLeft: 6 }}>
          节假日安排未发布，按周一至周五计
        </Tag>
      )}
    </span>
  );
}
