import type { CycleView } from '@dandang/shared/assessment/cycle.schema';
import { CYCLE_STATE_INFO, CYCLE_STATES, isTimed } from '@dandang/shared/assessment/cycle.states';
import { Steps } from 'antd';

/** The cycle's way as steps: done, the current one with its deadline, and those ahead with their working days. */
export function CycleStages({ cycle }: { cycle: CycleView }) {
  const current = CYCLE_STATES.indexOf(cycle.state);
  return (
    <Steps
      size="small"
      current={current}
      status={cycle.overdue ? 'error' : cycle.state === 'PUBLISHED' ? 'finish' : 'process'}
      items={CYCLE_STATES.map((state, i) => ({
        title: CYCLE_STATE_INFO[state].label,
        description:
          i === current && cycle.stageDueOn
            ? `${cycle.overdue ? '已逾期，' : ''}截止 ${cycle.stageDueOn}`
            : i > current && isTimed(state)
              ? `${cycle.stageWorkdays[state]} 个工作日`
              : CYCLE_STATE_INFO[state].work,
      }))}
    />
  );
}
