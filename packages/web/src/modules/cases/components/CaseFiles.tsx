import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { CaseDetail } from '@dandang/shared/cases/case.schema';
import { ATTACHMENT_EXTENSIONS } from '@dandang/shared/platform/attachments';
import { Button, List, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { caseApi } from '../hooks/casesApi';

const ACCEPT = ATTACHMENT_EXTENSIONS.map((e) => `.${e}`).join(',');
const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** 附件: the case's files, downloaded through the API (so a refusal shows its message), uploaded by those who work on it. */
export function CaseFiles({ detail, onChange }: { detail: CaseDetail; onChange: () => void }) {
  const handleError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);
  const id = detail.case.id;
  return (
    <>
      {detail.canWork && (
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          customRequest={async ({ file }) => {
            setBusy(true);
            try {
              await caseApi.upload(id, file as File);
              onChange();
            } catch (error) {
              handleError(error);
            } finally {
              setBusy(false);
            }
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy}>
            上传附件
          </Button>
        </Upload>
      )}
      <List
        locale={{ emptyText: '暂无附件' }}
        dataSource={detail.attachments}
        renderItem={(a) => (
          <List.Item>
            <Button type="link" icon={<PaperClipOutlined />} onClick={() => caseApi.download(id, a.id, a.name).catch(handleError)}>
              {a.name}
            </Button>
            <Typography.Text type="secondary">
              {sizeText(a.size)} · {a.uploaderName} · {new Date(a.uploadedAt).toLocaleString('zh-CN', { hour12: false })}
            </Typography.Text>
          </List.Item>
        )}
      />
    </>
  );
}
