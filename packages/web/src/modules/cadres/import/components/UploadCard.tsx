import { InboxOutlined } from '@ant-design/icons';
import { Alert, Card, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { isSessionError } from '../../../../platform/api/client';
import { importApi } from '../hooks/importApi';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type ImportJob } from '../import.types';

const MAX_MB = Math.floor(IMPORT_MAX_BYTES / 1024 / 1024);

/** Checks a person can be told about before sending anything; the server checks the bytes again. */
function refusal(file: File): string | null {
  if (!/\.xlsx$/i.test(file.name)) {
    return /\.(xls|et|csv|wps)$/i.test(file.name)
      ? `“${file.name}”不是 .xlsx 格式。请在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再上传。`
      : `“${file.name}”不是 Excel 工作簿。请上传按模板填写的 .xlsx 文件。`;
  }
  if (file.size > IMPORT_MAX_BYTES) return `“${file.name}”超过 ${MAX_MB} MB，请分成几个文件分别导入。`;
  if (file.size === 0) return `“${file.name}”是空文件。`;
  return null;
}

/**
 * Step 2: one workbook, sent as soon as it is chosen. A refused file (wrong type, too large, encrypted, damaged) keeps
 * the user here with the reason in words, and nothing is written.
 */
export function UploadCard({ onStarted }: { onStarted: (job: ImportJob) => void }) {
  const [uploading, setUploading] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const send = async (file: File) => {
    const refused = refusal(file);
    if (refused) {
      setProblem(refused);
      return;
    }
    setProblem(null);
    setUploading(file.name);
    try {
      onStarted(await importApi.upload(file));
    } catch (error) {
      if (!isSessionError(error)) setProblem(`“${file.name}”无法导入：${(error as Error).message}`);
    } finally {
      setUploading(null);
    }
  };

  return (
    <Card title="第二步：上传文件" size="small" style={{ height: '100%' }}>
      {problem && (
        <Alert type="error" showIcon message="文件未导入" description={problem} closable onClose={() => setProblem(null)} style={{ marginBottom: 12 }} />
      )}
      <Spin spinning={uploading !== null} tip={uploading ? `正在上传“${uploading}”…` : undefined}>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={uploading !== null}
          // Handled here rather than by antd's uploader: our own request carries the CSRF header and reads our errors.
          beforeUpload={(file) => {
            void send(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击选择或将文件拖到此处上传</p>
          <p className="ant-upload-hint">
            仅支持 Excel 工作簿（.xlsx），单个文件不超过 {MAX_MB} MB、{IMPORT_MAX_ROWS.toLocaleString('zh-CN')} 行
          </p>
        </Upload.Dragger>
      </Spin>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        上传后先逐行校验并预览，确认无误后才会写入干部名册；有任何错误时不会写入任何数据。
      </Typography.Paragraph>
    </Card>
  );
}
