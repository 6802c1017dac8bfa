import { schemeIssues } from '@dandang/shared/assessment/scheme.rules';
import type { SchemeView } from '@dandang/shared/assessment/scheme.schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { T } from '../../../i18n/zh-CN';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { type SchemeFields, SchemeForm } from '../components/SchemeForm';
import { ASSESSMENT_KEY, indicatorApi, schemeApi } from '../hooks/assessmentApi';

/** A scheme's editor (`/assessment/schemes/new` or `/assessment/schemes/:id`). */
export function SchemeEditorPage() {
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const canConfigure = Boolean(usePermission('assessment.config'));
  const [form] = Form.useForm<SchemeFields>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  const indicators = useQuery({ queryKey: [ASSESSMENT_KEY, 'indicators', 'all'], queryFn: () => indicatorApi.list({ includeRetired: true }) });
  const scheme = useQuery({ queryKey: [ASSESSMENT_KEY, 'scheme', id], queryFn: () => schemeApi.get(id), enabled: !isNew });

  const save = async (values: SchemeFields) => {
    // The same checks the live totals show; the server applies them again.
    const issues = schemeIssues({
      items: values.items ?? [],
      adjustments: values.adjustments ?? [],
      raterGroups: values.raterGroups ?? [],
      formula: values.formula ?? '',
    });
    if (issues.length > 0) {
      message.error(`请先修改：${issues.map((i) => i.message).join('；')}`);
      return false;
    }
    try {
      const saved: SchemeView = isNew ? await schemeApi.create(values) : await schemeApi.update(id, { ...values, version: scheme.data?.version as number });
      message.success(T.saved);
      await queryClient.invalidateQueries({ queryKey: [ASSESSMENT_KEY] });
      if (isNew) navigate(`/assessment/schemes/${saved.id}`, { replace: true });
      else form.resetFields();
      return true;
    } catch (error) {
      handleError(error, { form, onReload: () => scheme.refetch().then(() => form.resetFields()) });
      return false;
    }
  };

  const error = indicators.error ?? scheme.error;
  const ready = indicators.data && (isNew || scheme.data);
  return (
    <Page title={isNew ? '新建考核方案' : (scheme.data?.name ?? '考核方案')}>
      {error ? (
        <Alert type="error" showIcon message={(error as Error).message} />
      ) : !ready ? (
        <Skeleton active />
      ) : (
        <SchemeForm
          key={scheme.data?.version ?? 'new'}
          form={form}
          scheme={scheme.data}
          indicators={indicators.data ?? []}
          readOnly={!canConfigure}
          onSubmit={save}
        />
      )}
    </Page>
  );
}
