import { ReadOutlined } from '@ant-design/icons';
import type { TypicalCaseView } from '@dandang/shared/typical-cases/typical-case.schema';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { isApiError } from '../../../platform/api/api-error';
import { usePermission } from '../../../platform/auth/permission';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { typicalCasesApi } from '../hooks/typicalCasesApi';

/**
 * 生成典型案例, for a decided tolerance or accountability case: drafts it in redacted form and opens the draft; a case
 * that already has one opens that one. Shown only to those who publish typical cases.
 */
export function CreateTypicalCaseButton({ caseId }: { caseId: string }) {
  const publisher = usePermission('typical_case.publish');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);
  if (!publisher) return null;
  const create = async () => {
    setBusy(true);
    try {
      const draft: TypicalCaseView = await typicalCasesApi.create(caseId);
      message.success('已生成脱敏草稿，请审核修改');
      navigate(`/typical-cases/${draft.id}`);
    } catch (error) {
      const existing = isApiError(error, 'DUPLICATE') ? error.details?.existingId : undefined;
      if (typeof existing === 'string' && existing) {
        message.info('该案件已有典型案例，已为您打开');
        navigate(`/typical-cases/${existing}`);
      } else handleError(error);
    } finally {
      setBusy(false);
    }
  };
  // It closes a decided case's card: a line of its own, below what was decided.
  return (
    <Space style={{ marginTop: 12 }}>
      <Button size="small" icon={<ReadOutlined />} loading={busy} onClick={create}>
        生成典型案例
      </Button>
      <Typography.Text type="secondary">自动脱敏生成草稿，审核后发布到典型案例库</Typography.Text>
    </Space>
  );
}
