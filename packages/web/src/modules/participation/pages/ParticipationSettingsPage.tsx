import { SUBMISSION_KINDS, SUBMISSION_STATES, type SubmissionKind } from '@dandang/shared/participation/participation.codes';
import type { CategoryView, SettingsView } from '@dandang/shared/participation/participation-view.schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Space, Switch, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Page } from '../../../layout/Page';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { CategoryFormButton } from '../components/CategoryFormButton';
import { PARTICIPATION_KEY, participationApi } from '../hooks/participationApi';

/** 类别与状态设置: which unit answers each category, and the jurisdiction's names of the states. */
export function ParticipationSettingsPage() {
  const queryClient = useQueryClient();
  const categories = useQuery({ queryKey: [PARTICIPATION_KEY, 'categories'], queryFn: participationApi.categories });
  const settings = useQuery({ queryKey: [PARTICIPATION_KEY, 'settings'], queryFn: participationApi.settings });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: [PARTICIPATION_KEY] });
  return (
    <Page>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card title="类别与承办单位" size="small" extra={<CategoryFormButton onDone={refresh} />}>
          <Table<CategoryView>
            rowKey="id"
            size="small"
            loading={categories.isFetching}
            dataSource={categories.data ?? []}
            pagination={false}
            locale={{ emptyText: '还没有类别：公众提交前，请先新增类别并指定承办单位' }}
            columns={[
              { title: '类型', dataIndex: 'kind', width: 120, render: (k: SubmissionKind) => SUBMISSION_KINDS[k] },
              { title: '类别', dataIndex: 'name' },
              { title: '承办单位', dataIndex: 'unitName' },
              { title: '状态', dataIndex: 'active', width: 90, render: (a: boolean) => (a ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) },
              { title: '操作', width: 90, render: (_, c) => <CategoryFormButton category={c} onDone={refresh} /> },
            ]}
          />
        </Card>
        {settings.data && <StatesCard settings={settings.data} onDone={refresh} />}
      </Space>
    </Page>
  );
}

/** What each state means, whatever a jurisdiction calls it. */
const STATE_ROLES: Record<(typeof SUBMISSION_STATES)[number], string> = {
  RECEIVED: '提交后（受理）',
  STUDYING: '研究或办理中',
  ADOPTED: '答复并采纳（解决）',
  NOT_ADOPTED: '答复不予采纳（支持）',
  DONE: '采纳事项办结',
};

type StateValues = Pick<SettingsView, 'useStudyState' | 'labels'>;

function StatesCard({ settings, onDone }: { settings: SettingsView; onDone: () => void }) {
  const [form] = Form.useForm<StateValues>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  useEffect(() => form.setFieldsValue(settings), [form, settings]);
  const save = async (values: StateValues) => {
    try {
      await participationApi.saveSettings({ ...values, version: settings.version });
      message.success('已保存');
      onDone();
    } catch (error) {
      handleError(error, { form, onReload: onDone });
    }
  };
  return (
    <Card title="状态名称与办理环节" size="small">
      <Typography.Paragraph type="secondary">
        答复时限按政策配置：金点子 {settings.replyWorkdays.IDEA} 个工作日，企业诉求 {settings.replyWorkdays.APPEAL} 个工作日（在“政策配置”中修改）。
      </Typography.Paragraph>
      <Form<StateValues> form={form} layout="vertical" initialValues={settings} onFinish={save}>
        <Form.Item name="useStudyState" label="启用“研究中/办理中”环节（不启用则受理后直接答复）" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Space wrap align="start" size="large">
          {(Object.keys(SUBMISSION_KINDS) as SubmissionKind[]).map((kind) => (
            <Card key={kind} size="small" type="inner" title={`${SUBMISSION_KINDS[kind]}的状态名称`} style={{ minWidth: 280 }}>
              {SUBMISSION_STATES.map((state) => (
                <Form.Item
                  key={state}
                  name={['labels', kind, state]}
                  label={STATE_ROLES[state]}
                  rules={[{ required: true, message: '请填写状态名称' }]}
                  style={{ marginBottom: 8 }}
                >
                  <Input maxLength={10} />
                </Form.Item>
              ))}
            </Card>
          ))}
        </Space>
        <div style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit">
            保存设置
          </Button>
        </div>
      </Form>
    </Card>
  );
}
