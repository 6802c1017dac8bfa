import { PlusOutlined } from '@ant-design/icons';
import type { ProColumns } from '@ant-design/pro-components';
import { COMPLAINT_WORKFLOW } from '@dandang/shared/complaints/complaint.states';
import { Button, Tag } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { CaseListTable } from '../../cases/components/CaseListTable';
import { CaseStatus } from '../../cases/components/CaseStatus';
import { conclusionTag } from '../components/conclusion-tag';
import { type ComplaintPage, complaintsApi } from '../hooks/complaintsApi';

type Row = ComplaintPage['items'][number];

const stateOptions = Object.fromEntries(Object.entries(COMPLAINT_WORKFLOW.states).map(([k, v]) => [k, { text: v.label }]));

const columns: ProColumns<Row>[] = [
  { title: '关键字', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '编号、标题或被反映人姓名' } },
  { title: '编号', width: 140, search: false, render: (_, r) => <Link to={`/complaints/${r.case.id}`}>{r.case.number}</Link> },
  { title: '标题', search: false, ellipsis: true, render: (_, r) => r.case.title },
  { title: '被反映人', width: 100, search: false, render: (_, r) => r.case.subjectName },
  { title: '单位', width: 150, search: false, ellipsis: true, render: (_, r) => r.case.unitName },
  { title: '来源', width: 90, search: false, render: (_, r) => r.channel.label },
  { title: '署名', width: 70, search: false, render: (_, r) => (r.anonymous ? <Tag>匿名</Tag> : <Tag color="blue">实名</Tag>) },
  { title: '办理阶段', dataIndex: 'state', valueType: 'select', valueEnum: stateOptions, width: 230, render: (_, r) => <CaseStatus c={r.case} /> },
  { title: '核查结论', width: 140, search: false, render: (_, r) => (r.conclusion ? conclusionTag(r.conclusion) : '—') },
];

/** 检举控告: every complaint within the reader's scope, never with who made it. */
export function ComplaintsPage() {
  const canIntake = usePermission('complaint.intake');
  const navigate = useNavigate();
  return (
    <Page
      extra={
        canIntake && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/complaints/new')}>
            登记检举控告
          </Button>
        )
      }
    >
      <CaseListTable<Row> columns={columns} load={(params, page) => complaintsApi.list({ state: params.state, q: params.q?.trim() || undefined, ...page })} />
    </Page>
  );
}
