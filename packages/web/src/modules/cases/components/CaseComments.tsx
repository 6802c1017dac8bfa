import type { CaseDetail } from '@dandang/shared/cases/case.schema';
import { Button, Input, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { caseApi } from '../hooks/casesApi';

/** 办理意见: notes left on the case by those who work on it and by the applicant. */
export function CaseComments({ detail, onChange }: { detail: CaseDetail; onChange: () => void }) {
  const handleError = useApiErrorHandler();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    try {
      await caseApi.comment(detail.case.id, text);
      setText('');
      onChange();
    } catch (error) {
      handleError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <List
        locale={{ emptyText: '暂无意见' }}
        dataSource={detail.comments}
        renderItem={(c) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Space>
                  {c.authorName}
                  <Typography.Text type="secondary">{new Date(c.at).toLocaleString('zh-CN', { hour12: false })}</Typography.Text>
                </Space>
              }
              description={<span style={{ whiteSpace: 'pre-wrap' }}>{c.body}</span>}
            />
          </List.Item>
        )}
      />
      {detail.canWork && (
        <Space.Compact style={{ width: '100%' }}>
          <Input.TextArea aria-label="办理意见" value={text} onChange={(e) => setText(e.target.value)} maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
          <Button type="primary" onClick={send} loading={busy} disabled={text.trim() === ''}>
            发表
          </Button>
        </Space.Compact>
      )}
    </>
  );
}
