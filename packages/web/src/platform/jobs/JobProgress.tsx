import { Flex, Progress, Typography } from 'antd';
import type { Job } from './job.types';

/** What each phase is called beside the bar; a job kind may pass its own words. */
export const DEFAULT_PHASE_LABELS: Record<string, string> = {
  parse: '解析文件',
  validate: '校验数据',
  commit: '写入数据',
  write: '生成文件',
};

interface Props {
  job: Pick<Job, 'status' | 'phase' | 'done' | 'total'>;
  phaseLabels?: Record<string, string>;
  /** What `done` and `total` count, e.g. 行 or 条. */
  unit?: string;
}

const number = new Intl.NumberFormat('zh-CN');

/**
 * A job's phase and progress. While the job does not yet know how much work there is (total unknown), the bar runs
 * as a moving stripe with the count so far, instead of a percentage that would be a guess.
 */
export function JobProgress({ job, phaseLabels = DEFAULT_PHASE_LABELS, unit = '行' }: Props) {
  const label = phaseLabels[job.phase] ?? DEFAULT_PHASE_LABELS[job.phase] ?? '处理中';
  const known = job.total !== null && job.total > 0;
  const percent = known ? Math.min(100, Math.floor((job.done / (job.total as number)) * 100)) : 100;
  const status = job.status === 'failed' ? 'exception' : job.status === 'succeeded' ? 'success' : 'active';
  const count = known ? `${number.format(job.done)} / ${number.format(job.total as number)} ${unit}` : `已处理 ${number.format(job.done)} ${unit}`;
  return (
    <Flex vertical gap={4}>
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Text strong>
          {label}
          {job.status === 'running' ? '…' : ''}
        </Typography.Text>
        <Typography.Text type="secondary">{count}</Typography.Text>
      </Flex>
      <Progress percent={percent} status={status} showInfo={known} aria-label={label} />
    </Flex>
  );
}
