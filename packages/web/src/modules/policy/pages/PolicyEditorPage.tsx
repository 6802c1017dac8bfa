import { FooterToolbar } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Result, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { T } from '../../../i18n/zh-CN';
import { Page } from '../../../layout/Page';
import { ApiError } from '../../../platform/api/api-error';
import { usePermission } from '../../../platform/auth/permission';
import { applyFieldErrors } from '../../../platform/forms/field-errors';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { ActivateModal } from '../components/ActivateModal';
import { CloneButton } from '../components/CloneButton';
import { PolicyDocumentForm } from '../components/PolicyDocumentForm';
import { policyApi, useInvalidatePolicies, usePolicy } from '../hooks/usePolicies';
import type { Policy, PolicyFormValues, ValidationResult } from '../policy.types';
import { STATUS_LABELS } from '../policy-labels';
import { describeIssuePath, policyFieldPath } from '../policy-paths';

type Issues = ValidationResult['issues'];

export function PolicyEditorPage() {
  const { id = '' } = useParams();
  const { data: policy, error, isPending, refetch } = usePolicy(id);
  const navigate = useNavigate();

  if (error) {
    const notFound = error instanceof ApiError && error.status === 404;
    return (
      <Page>
        <Result
          status={notFound ? '404' : 'error'}
          title={notFound ? '政策版本不存在' : T.loadFailed}
          subTitle={(error as Error).message}
          extra={<Button onClick={() => navigate('/system/policies')}>返回政策配置</Button>}
        />
      </Page>
    );
  }
  if (isPending || !policy) {
    return (
      <Page>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Page>
    );
  }
  // Remount on every saved version, so the form starts from what the server holds.
  return <PolicyEditor key={`${policy.id}:${policy.version}`} policy={policy} reload={refetch} />;
}

function PolicyEditor({ policy, reload }: { policy: Policy; reload: () => unknown }) {
  const [form] = Form.useForm<PolicyFormValues>();
  const [issues, setIssues] = useState<Issues | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<'save' | 'validate' | null>(null);
  const canWrite = Boolean(usePermission('policy.write'));
  const editable = canWrite && policy.status === 'draft';
  const handleError = useApiErrorHandler();
  const invalidate = useInvalidatePolicies();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const status = STATUS_LABELS[policy.status];

  /** The whole store, not just mounted fields, so untouched parts of the document go back unchanged. */
  const currentValues = (): PolicyFormValues => {
    const all = form.getFieldsValue(true) as PolicyFormValues;
    return { name: all.name, document: { ...policy.document, ...all.document, name: all.name } };
  };

  const showIssues = (list: Issues) => {
    setIssues(list);
    applyFieldErrors(form, list, { mapPath: policyFieldPath });
  };

  const validate = async () => {
    setBusy('validate');
    try {
      const result = await policyApi.validate(policy.id, currentValues().document);
      showIssues(result.issues);
      if (result.valid) message.success('校验通过');
    } catch (error) {
      handleError(error, { form, mapPath: policyFieldPath });
    } finally {
      setBusy(null);
    }
  };

  const save = async () => {
    setBusy('save');
    try {
      const { name, document } = currentValues();
      const saved = await policyApi.save(policy.id, { name, document, version: policy.version });
      message.success(T.saved);
      queryClient.setQueryData(['policies', policy.id], saved);
      await invalidate();
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) showIssues(error.fields);
      else handleError(error, { onReload: reload });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Page
      title={
        <Space wrap>
          {policy.name}
          <Tag color={status?.color}>{status?.text ?? policy.status}</Tag>
        </Space>
      }
      content={`编码 ${policy.code} · 第 ${policy.versionNo} 版${policy.effectiveFrom ? ` · 自 ${policy.effectiveFrom} 起生效` : ''}`}
      extra={canWrite && <CloneButton policy={policy} />}
    >
      <Space direction="vertical" size={16} style={{ width: '100%', paddingBottom: editable ? 64 : 0 }}>
        {policy.status !== 'draft' && <Alert type="info" showIcon message="此版本已启用过，只能查看。如需调整，请“复制为新草稿”后修改。" />}
        {issues && issues.length === 0 && <Alert type="success" showIcon message="校验通过，可以保存并启用" closable />}
        {issues && issues.length > 0 && (
          <Alert
            type="error"
            showIcon
            message={`有 ${issues.length} 处需要修改，已在下方对应位置标出`}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {issues.map((issue) => (
                  <li key={`${issue.path}:${issue.message}`}>
                    {describeIssuePath(issue.path)}：{issue.message}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        <PolicyDocumentForm form={form} readonly={!editable} initialValues={{ name: policy.name, document: policy.document }} onChange={() => setDirty(true)} />
      </Space>
      {editable && (
        <FooterToolbar>
          {dirty && <span style={{ color: '#d46b08' }}>有未保存的修改</span>}
          <Button onClick={validate} loading={busy === 'validate'}>
            校验
          </Button>
          <Button type="primary" onClick={save} loading={busy === 'save'}>
            {T.save}
          </Button>
          <ActivateModal
            policy={policy}
            disabled={dirty}
            onActivated={async () => {
              await invalidate();
              await reload();
            }}
            onReload={reload}
          />
        </FooterToolbar>
      )}
    </Page>
  );
}
