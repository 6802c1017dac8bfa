import type { SubmissionState } from '@dandang/shared/participation/participation.codes';
import type { ReplyTiming } from '@dandang/shared/participation/participation.rules';
import { Tag } from 'antd';

const COLORS: Record<SubmissionState, string> = { RECEIVED: 'blue', STUDYING: 'gold', ADOPTED: 'green', NOT_ADOPTED: 'default', DONE: 'cyan' };

/** A state with the jurisdiction's own name for it, coloured by what it means. */
export function StateTag({ state }: { state: { code: SubmissionState; label: string } }) {
  return <Tag color={COLORS[state.code]}>{state.label}</Tag>;
}

const TIMING: Record<ReplyTiming, { color: string; label: string }> = {
  PENDING: { color: 'processing', label: '待答复' },
  OVERDUE: { color: 'error', label: '已逾期' },
  ON_TIME: { color: 'success', label: '按期答复' },
  LATE: { color: 'warning', label: '超期答复' },
};

/** Where the reply stands against its deadline. */
export function TimingTag({ timing }: { timing: ReplyTiming }) {
  const t = TIMING[timing];
  return <Tag color={t.color}>{t.label}</Tag>;
}
