import { GRADE_STATUS_LABELS } from '@dandang/shared/assessment/grading.rules';
import type { ResultView } from '@dandang/shared/assessment/result.schema';
import { Tag, Tooltip } from 'antd';

const COLORS: Record<string, string> = { EXCELLENT: 'gold', GOOD: 'green', COMPETENT: 'green', BASIC: 'orange', INCOMPETENT: 'red', POOR: 'red' };

/** The decided grade; 已调整 when it differs from the proposal, with the reason on hover; statuses without a grade in grey. */
export function GradeTag({ result }: { result: ResultView }) {
  if (result.gradeStatus === null) return <>—</>;
  if (result.gradeStatus !== 'GRADED') return <Tag>{GRADE_STATUS_LABELS[result.gradeStatus]}</Tag>;
  const changed = result.grade !== result.proposedGrade;
  return (
    <span>
      <Tag color={COLORS[result.grade ?? ''] ?? 'blue'}>{result.gradeLabel}</Tag>
      {changed && (
        <Tooltip title={`调整理由：${result.changeReason}`}>
          <Tag color="purple">已调整</Tag>
        </Tooltip>
      )}
    </span>
  );
}

/** Why the proposal is what it is: the quota of the pool, the rank, and any measure that barred a grade. */
export function gradeReasonsText(result: ResultView): string {
  return result.gradeReasons.map((r) => r.text).join('\n');
}
