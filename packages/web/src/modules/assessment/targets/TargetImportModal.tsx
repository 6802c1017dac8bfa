import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, List, Modal, Space, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../platform/api/api-error';
import { downloadFile } from '../../../platform/api/download';
import { uploadFile } from '../../../platform/api/upload';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';

/** A bad cell of the workbook, as the import reports it. */
interface Issue {
  row?: number;
  column?: string;
  path?: string;
  message: string;
}

/** Every problem the server named: by row and column when it gives them, else by field. */
function issuesOf(error: ApiError): Issue[] {
  const rows = error.details?.issues;
  if (Array.isArray(rows)) return rows as Issue[];
  return error.fields;
}

/**
 * 导入目标任务: the template lists the targets the reader may see, new rows below them name their parent; the whole
 * file is checked and either every row is created or nothing is, with every bad row and column listed.
 */
export function TargetImportModal({
  cycleId,
  cycleName,
  onClose,
  onImported,
}: {
  cycleId: string;
  cycleName: string;
  onClose: () => void;
  onImported: () => void;
}) {
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [uploading, setUploading] = useState<string | null>(null);
  const [problems, setProblems] = useState<{ message: string; issues: Issue[] } | null>(null);
  const base = `/api/v1/assessment/cycles/${cycleId}/targets`;

  const upload = async (file: File) => {
    setUploading(file.name);
    setProblems(null);
    try {
      const { created } = await uploadFile<{ created: number }>(`${base}/import`, file);
      message.success(`已导入 ${created} 项目标任务`);
      onImported();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION_FAILED') setProblems({ message: error.message, issues: issuesOf(error) });
      else handleError(error);
    } finally {
      setUploading(null);
    }
  };

  return (
    <Modal open title="导入目标任务" width={640} footer={<Button onClick={onClose}>关闭</Button>} onCancel={onClose} maskClosable={false}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          先
          <Button
            type="link"
            style={{ padding: '0 4px' }}
            onClick={() => downloadFile(`${base}/import-template`, {}, `${cycleName}-目标任务导入模板.xlsx`).catch(handleError)}
          >
            下载导入模板
          </Button>
          ：模板列出了您可见的现有目标及其编号，在下方新增行，“上级目标编号”填现有目标的编号或同一文件中另一行的编号。
        </Typography.Paragraph>
        <Spin spinning={uploading !== null} tip={uploading ? `正在导入“${uploading}”…` : undefined}>
          <Upload.Dragger
            accept=".xlsx"
            showUploadList={false}
            disabled={uploading !== null}
            // Sent by our own request, which carries the CSRF header and reads our errors.
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击选择或将填好的模板拖到此处</p>
            <p className="ant-upload-hint">整个文件检查无误才导入；有错误时一行也不导入，并列出全部错误</p>
          </Upload.Dragger>
        </Spin>
        {problems && (
          <Alert
            type="error"
            showIcon
            message="文件有错误，未导入任何目标"
            description={
              <List
                size="small"
                dataSource={problems.issues.length > 0 ? problems.issues : [{ message: problems.message }]}
                style={{ maxHeight: 260, overflow: 'auto' }}
                renderItem={(i) => (
                  <List.Item>
                    {i.row !== undefined ? `第 ${i.row} 行${i.column ? `「${i.column}」` : ''}：` : i.path ? `${i.path}：` : ''}
                    {i.message}
                  </List.Item>
                )}
              />
            }
          />
        )}
      </Space>
    </Modal>
  );
}
