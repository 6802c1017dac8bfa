import { BarChartOutlined, LinkOutlined, SettingOutlined } from '@ant-design/icons';
import { type ProColumns, ProTable } from '@ant-design/pro-components';
import { DEFAULT_STATE_LABELS, SUBMISSION_KINDS, type SubmissionKind } from '@dandang/shared/participation/participation.codes';
import type { SubmissionRow } from '@dandang/shared/participation/participation-view.schema';
import { Button, Space, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { StateTag, TimingTag } from '../components/state-tag';
import { participationApi } from '../hooks/participationApi';

const kindOptions = Object.fromEntries(Object.entries(SUBMISSION_KINDS).map(([k, label]) => [k, { text: label }]));
// The filter offers the shipped names; each row shows its jurisdiction's own name for the state.
const stateOptions = Object.fromEntries(Object.entries(DEFAULT_STATE_LABELS.IDEA).map(([k, label]) => [k, { text: label }]));

const columns: ProColumns<SubmissionRow>[] = [
  { title: '关键字', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '标题或企业名称' } },
  { title: '类型', dataIndex: 'kind', valueType: 'select', valueEnum: kindOptions, width: 90, render: (_, r) => r.kind.label },
  {
    title: '标题',
    search: false,
    ellipsis: true,
    render: (_, r) => (
      <Space size={4}>
        <Link to={`/participation/${r.id}`}>{r.title}</Link>
        {r.hidden && <Tag color="red">已屏蔽</Tag>}
      </Space>
    ),
  },
  { title: '类别', width: 110, search: false, render: (_, r) => r.categoryName },
  { title: '承办单位', width: 120, search: false, ellipsis: true, render: (_, r) => r.unitName },
  { title: '提交人', width: 120, search: false, ellipsis: true, render: (_, r) => r.submitter },
  { title: '状态', dataIndex: 'state', valueType: 'select', valueEnum: stateOptions, width: 90, render: (_, r) => <StateTag state={r.state} /> },
  { title: '提交日期', width: 100, search: false, render: (_, r) => r.submittedOn },
  {
    title: '答复期限',
    width: 110,
    search: false,
    render: (_, r) => (
      <Typography.Text type={r.timing === 'OVERDUE' ? 'danger' : undefined}>
        {r.dueOn}
        {r.dueProvisional ? '（预估）' : ''}
      </Typography.Text>
    ),
  },
  {
    title: '答复情况',
    dataIndex: 'overdue',
    valueType: 'select',
    valueEnum: { true: { text: '只看逾期未答复' } },
    width: 100,
    render: (_, r) => <TimingTag timing={r.timing} />,
  },
];

/** 金点子与企业诉求: every submission within the reader's scope, the unanswered nearest their deadline first. */
export function SubmissionsPage() {
  const navigate = useNavigate();
  const canConfigure = usePermission('participation.configure') !== undefined;
  return (
    <Page
      extra={
        <Space wrap>
          <Button icon={<LinkOutlined />} href="/participate" target="_blank">
            公开提交页
          </Button>
          <Button icon={<BarChartOutlined />} onClick={() => navigate('/participation/indicators')}>
            单位指标
          </Button>
          {canConfigure && (
            <Button icon={<SettingOutlined />} onClick={() => navigate('/participation/settings')}>
              类别与状态设置
            </Button>
          )}
        </Space>
      }
    >
      <ProTable<SubmissionRow>
        rowKey="id"
        columns={columns}
        cardBordered
        scroll={{ x: 1050 }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        options={{ density: false, setting: false, reload: true }}
        request={async (params) => {
          const page = await participationApi.list({
            kind: params.kind as SubmissionKind | undefined,
            state: params.state,
            overdue: params.overdue === 'true' ? true : undefined,
            q: params.q?.trim() || undefined,
            page: params.current ?? 1,
            pageSize: params.pageSize ?? 20,
          });
          return { data: page.items, total: page.total, success: true };
        }}
      />
    </Page>
  );
}
