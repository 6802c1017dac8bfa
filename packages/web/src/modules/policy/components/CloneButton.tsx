import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { policyApi, useInvalidatePolicies } from '../hooks/usePolicies';
import type { PolicySummary } from '../policy.types';

/** Copies any version into a new draft and opens it: the only way to change a policy that is (or was) in force. */
export function CloneButton({ policy, type = 'default' }: { policy: PolicySummary; type?: 'default' | 'link' }) {
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const invalidate = useInvalidatePolicies();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  return (
    <Popconfirm
      title="复制为新草稿？"
      description={`以“${policy.name}”为基础新建一个草稿版本。`}
      okText="复制"
      cancelText="取消"
      onConfirm={async () => {
        setBusy(true);
        try {
          const draft = await policyApi.clone(policy.id);
          message.success('已生成新草稿');
          await invalidate();
          navigate(`/system/policies/${draft.id}`);
        } catch (error) {
          handleError(error);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Button type={type} size={type === 'link' ? 'small' : 'middle'} icon={type === 'link' ? undefined : <CopyOutlined />} loading={busy}>
        复制为新草稿
      </Button>
    </Popconfirm>
  );
}
