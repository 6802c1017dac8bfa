import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { isApiError } from '../../../../platform/api/api-error';
import type { ImportJob, ImportSummary } from '../import.types';

/** Step 6: what was written, and the way back to the roster. */
export function ImportDone({ summary, onRestart }: { summary: ImportSummary; onRestart: () => void }) {
  return (
    <Result
      status="success"
      title="导入完成"
      subTitle={`已新增 ${summary.inserts} 人、更新 ${summary.updates} 人${summary.unchanged > 0 ? `，${summary.unchanged} 人无变化` : ''}。`}
      extra={[
        <Link key="roster" to="/cadres">
          <Button type="primary">查看干部名册</Button>
        </Link>,
        <Button key="again" onClick={onRestart}>
          继续导入
        </Button>,
      ]}
    />
  );
}

/** A job that stopped: a file that could not be read, or a commit that found the registry changed. Nothing was written. */
export function ImportFailed({ job, onRestart }: { job: ImportJob; onRestart: () => void }) {
  const atCommit = job.phase === 'commit';
  return (
    <Result
      status="error"
      title={atCommit ? '导入未完成，未写入任何数据' : '文件无法导入'}
      subTitle={
        <>
          <div>{job.error?.message ?? '处理失败'}</div>
          {atCommit && <div>请重新上传文件，校验后再导入。</div>}
        </>
      }
      extra={
        <Button type="primary" onClick={onRestart}>
          重新上传
        </Button>
      }
    />
  );
}

/**
 * A job id in the address that the server no longer knows (expired, or started by someone else), or a progress
 * question that could not be answered.
 */
export function ImportLost({ error, onRestart }: { error: unknown; onRestart: () => void }) {
  const gone = isApiError(error) && error.status === 404;
  return (
    <Result
      status="warning"
      title={gone ? '找不到这次导入' : '无法获取导入进度'}
      subTitle={
        gone ? (
          '导入记录已过期或不属于您，请重新上传文件。'
        ) : (
          <>
            <div>{(error as Error | null)?.message}</div>
            <div>请稍后刷新页面，或重新上传文件。</div>
          </>
        )
      }
      extra={
        <Button type="primary" onClick={onRestart}>
          重新上传
        </Button>
      }
    />
  );
}
