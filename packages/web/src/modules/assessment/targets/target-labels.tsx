import { PROGRESS_STATE_LABELS, type ProgressState, TARGET_LEVEL_LABELS, type TargetView } from '@dandang/shared/assessment/target.schema';
import { Progress, Space, Tag, Tooltip } from 'antd';

const STATE_COLORS: Record<ProgressState, string> = { SUBMITTED: 'processing', CONFIRMED: 'success', RETURNED: 'warning' };
const LEVEL_COLORS = { JURISDICTION: 'purple', UNIT: 'blue', PERSON: 'cyan' } as const;

export const LevelTag = ({ target }: { target: TargetView }) => <Tag color={LEVEL_COLORS[target.level]}>{TARGET_LEVEL_LABELS[target.level]}</Tag>;

export function ProgressStateTag({ state }: { state: ProgressState | null }) {
  return state ? <Tag color={STATE_COLORS[state]}>{PROGRESS_STATE_LABELS[state]}</Tag> : <Tag>未填报</Tag>;
}

/** 目标值 with its unit, e.g. 300 万元. */
export const valueText = (value: number | null, target: TargetView) => (value === null ? '—' : `${value}${target.indicator?.unit ?? ''}`);

/** A target's standing at a glance: completion, the newest report's state, overdue, and an unfinished decomposition. */
export function TargetStatus({ target }: { target: TargetView }) {
  return (
    <Space size={4} wrap>
      {target.completion !== null && (
        <Progress
          percent={Math.min(target.completion, 100)}
          format={() => `${target.completion}%`}
          size="small"
          style={{ width: 110, margin: 0 }}
          status={target.completion >= 100 ? 'success' : 'normal'}
        />
      )}
      {target.level !== 'JURISDICTION' && <ProgressStateTag state={target.latest?.state ?? null} />}
      {target.overdue && <Tag color="error">逾期</Tag>}
      {target.covered === false && (
        <Tooltip title={`已分解 ${target.assigned}，未达到目标值 ${target.targetValue}`}>
          <Tag color="gold">未分解完</Tag>
        </Tooltip>
      )}
    </Space>
  );
}
