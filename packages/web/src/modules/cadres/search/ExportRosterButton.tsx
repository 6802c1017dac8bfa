import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { T } from '../../../i18n/zh-CN';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { JobProgress, useJob, useRememberJob } from '../../../platform/jobs';
import { DIRECT_EXPORT_MAX, searchApi } from './searchApi';
import type { RosterSearch } from './useRosterTotal';

interface Props {
  /** The filter on screen and how many rows it matched, as the last search answered (exactly, or at least). */
  current: () => RosterSearch;
}

/**
 * Exports the roster as filtered on screen: a short list downloads at once, a long one runs in the background with a
 * progress bar and a download link when the file is ready.
 */
export function ExportRosterButton({ current }: Props) {
  const [busy, setBusy] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  // The job keeps running when the dialog is closed; the dialog can be opened again from the toolbar.
  const [open, setOpen] = useState(false);
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const remember = useRememberJob();
  const { data: job } = useJob<{ rows: number }>(jobId);

  const run = async () => {
    const { filter, total, totalExact } = current();
    setBusy(true);
    try {
      if (totalExact && total <= DIRECT_EXPORT_MAX) {
        await searchApi.exportNow(filter);
        message.success('已开始下载');
      } else {
        const started = await searchApi.startExport(filter);
        remember(started.job);
        setJobId(started.job.id);
        setOpen(true);
      }
    } catch (error) {
      handleError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={<DownloadOutlined />} loading={busy} onClick={run}>
        {T.exportExcel}
      </Button>
      {job && !open ? (
        <Button type="link" onClick={() => setOpen(true)}>
          {job.status === 'running' ? '导出进行中…' : '查看导出结果'}
        </Button>
      ) : null}
      <Modal
        title="导出干部名册"
        open={open}
        onCancel={() => setOpen(false)}
        footer={<Button onClick={() => setOpen(false)}>{job?.status === 'running' ? '后台继续' : '关闭'}</Button>}
      >
        {job ? (
          <Flex vertical gap={12}>
            <JobProgress job={job} unit="人" phaseLabels={{ write: '生成文件', store: '保存文件' }} />
            {job.status === 'succeeded' ? (
              <Typography.Link onClick={() => searchApi.downloadJobFile(job.id).catch(handleError)}>
                <DownloadOutlined /> 下载 {job.fileName}（{job.summary?.rows ?? job.done} 人）
              </Typography.Link>
            ) : null}
            {job.status === 'failed' ? <Typography.Text type="danger">{job.error?.message ?? '导出失败'}</Typography.Text> : null}
          </Flex>
        ) : null}
      </Modal>
    </>
  );
}
