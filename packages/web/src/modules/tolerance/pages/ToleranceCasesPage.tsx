import { PlusOutlined } from '@ant-design/icons';
import type { ProColumns } from '@ant-design/pro-components';
import { TOLERANCE_WORKFLOW } from '@dandang/shared/tolerance/tolerance.states';
import { TOLERANCE_DECISIONS } from '@dandang/shared/tolerance/tolerance-decision.rules';
import type { TolerancePage } from '@dandang/shared/tolerance/tolerance-view.schema';
import { Button, Tag } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { CaseListTable } from '../../cases/components/CaseListTable';
import { CaseStatus } from '../../cases/components/CaseStatus';
import { toleranceApi } from '../hooks/toleranceApi';

type Row = TolerancePage['items'][number];

const stateOptions = Object.fromEntries(Object.entries(TOLERANCE_WORKFLOW.states).map(([k, v]) => [k, { text: v.label }]));
const decisionOptions = Object.fromEntries(Object.entries(TOLERANCE_DECISIONS).map(([k, v]) => [k, { text: v }]));
const DECISION_COLORS: Record<string, string> = { EXEMPT: 'green', LIGHTER: 'blue', REDUCED: 'geekblue', REJECTED: 'red' };

const columns: ProColumns<Row>[] = [
  { title: '关键字', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '案件编号、标题或姓名' } },
  { title: '案件编号', width: 140, search: false, render: (_, r) => <Link to={`/tolerance/cases/${r.case.id}`}>{r.case.number}</Link> },
  { title: '标题', search: false, ellipsis: true, render: (_, r) => r.case.title },
  { title: '当事人', width: 90, search: false, render: (_, r) => r.case.subjectName },
  { title: '单位', width: 150, search: false, ellipsis: true, render: (_, r) => r.case.unitName },
  { title: '来源', width: 100, search: false, render: (_, r) => r.originLabel },
  { title: '办理阶段', dataIndex: 'state', valueType: 'select', valueEnum: stateOptions, width: 230, render: (_, r) => <CaseStatus c={r.case} /> },
  {
    title: '认定结果',
    dataIndex: 'outcome',
    valueType: 'select',
    valueEnum: decisionOptions,
    width: 100,
    render: (_, r) => (r.decision ? <Tag color={DECISION_COLORS[r.decision]}>{r.decisionLabel}</Tag> : '—'),
  },
  { title: '年度', dataIndex: 'year', valueType: 'digit', hideInTable: true },
];

/** 容错纠错案件: every case within the reader's scope (an applicant sees their own), with where it stands. */
export function ToleranceCasesPage() {
  const canApply = usePermission('tolerance.apply');
  const canHandle = usePermission('tolerance.handle');
  const navigate = useNavigate();
  return (
    <Page
      extra={
        (canApply || canHandle) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/tolerance/apply')}>
            申请容错
          </Button>
        )
      }
    >
      <CaseListTable<Row>
        columns={columns}
        load={(params, page) =>
          toleranceApi.list({
            state: params.state,
            outcome: params.outcome,
            year: params.year ? Number(params.year) : undefined,
            q: params.q?.trim() || undefined,
            ...page,
          })
        }
      />
    </Page>
  );
}
