import { CheckOutlined, DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../../platform/forms/useApiErrorHandler';
import { importApi } from '../hooks/importApi';
import { IMPORT_ERROR_COLUMN, type ImportJob, type ImportSummary } from '../import.types';
import { ChangesTable } from './ChangesTable';
import { ImportSummaryCards } from './ImportSummaryCards';
import { IssuesTable } from './IssuesTable';

interface Props {
  job: ImportJob;
  summary: ImportSummary;
  onRestart: () => void;
  onCommitStarted: (job: ImportJob) => void;
}

/**
 * Step 4: the checked workbook. With errors the only ways on are the error report and a new upload (an import is all
 * or nothing); without, the user reads the diff and confirms.
 */
export function PreviewStep({ job, summary, onRestart, onCommitStarted }: Props) {
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [downloading, setDownloading] = useState(false);
  const [committing, setCommitting] = useState(false);
  const writes = summary.inserts + summary.updates;

  const restart = (
    <Button key="restart" icon={<ReloadOutlined />} onClick={onRestart}>
      重新上传
    </Button>
  );

  const downloadErrors = async () => {
    setDownloading(true);
    try {
      await importApi.downloadErrors(job.id);
      message.success('已开始下载错误报告');
    } catch (error) {
      handleError(error);
    } finally {
      setDownloading(false);
    }
  };

  const confirmCommit = () =>
    modal.confirm({
      title: '确认导入？',
      content: `将新增 ${summary.inserts} 人、更新 ${summary.updates} 人。全部数据一次写入，任何一行写入失败则全部不写入。`,
      okText: '确认导入',
      cancelText: '取消',
      onOk: async () => {
        setCommitting(true);
        try {
          onCommitStarted(await importApi.commit(job.id));
        } catch (error) {
          handleError(error);
        } finally {
          setCommitting(false);
        }
      },
    });

  return (
    <Flex vertical gap={16}>
      <ImportSummaryCards summary={summary} />
      {summary.errorCount > 0 ? (
        <>
          <Alert
            type="error"
            showIcon
            message={`发现 ${summary.errorCount} 处错误，涉及 ${summary.errorRows} 行，本次不会导入任何数据`}
            description={`请下载错误报告，按“${IMPORT_ERROR_COLUMN}”列逐行修改后重新上传。`}
          />
          <IssuesTable
            jobId={job.id}
            total={summary.errorCount}
            toolbar={[
              <Button key="errors" type="primary" icon={<DownloadOutlined />} loading={downloading} onClick={downloadErrors}>
                下载错误报告
              </Button>,
              restart,
            ]}
          />
        </>
      ) : (
        <>
          <Alert
            type={writes > 0 ? 'success' : 'info'}
            showIcon
            message={writes > 0 ? `校验通过：将新增 ${summary.inserts} 人、更新 ${summary.updates} 人` : '表格内容与干部名册一致，没有需要导入的变化'}
            description={summary.unchanged > 0 ? `另有 ${summary.unchanged} 人的信息与名册一致，不作修改。` : undefined}
          />
          <ChangesTable
            jobId={job.id}
            total={writes}
            toolbar={[
              restart,
              <Button key="commit" type="primary" icon={<CheckOutlined />} disabled={writes === 0} loading={committing} onClick={confirmCommit}>
                确认导入
              </Button>,
            ]}
          />
        </>
      )}
    </Flex>
  );
}
