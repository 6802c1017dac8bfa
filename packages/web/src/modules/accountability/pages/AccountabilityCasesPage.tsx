import { type ProColumns, ProTable } from '@ant-design/pro-components';
import { ACCOUNTABILITY_WORKFLOW } from '@dandang/shared/accountability/accountability.states';
import type { AppealView } from '@dandang/shared/accountability/appeal.schema';
import type { CaseView } from '@dandang/shared/cases/case.schema';
import { Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { CaseStatus } from '../../cases/components/CaseStatus';
import { accountabilityApi } from '../hooks/accountabilityApi';

const stateOptions = Object.fromEntries(Object.entries(ACCOUNTABILITY_WORKFLOW.states).map(([k, v]) => [k, { text: v.label }]));

const caseColumns: ProColumns<CaseView>[] = [
  { title: '案件编号', width: 140, search: false, render: (_, c) => <Link to={`/accountability/cases/${c.id}`}>{c.number}</Link> },
  { title: '问责事项', dataIndex: 'title', search: false, ellipsis: true },
  { title: '问责对象', width: 120, search: false, render: (_, c) => c.subjectName ?? `${c.unitName}党组织` },
  { title: '单位', dataIndex: 'unitName', width: 160, search: false, ellipsis: true },
  { title: '办理阶段', dataIndex: 'state', valueType: 'select', valueEnum: stateOptions, width: 260, render: (_, c) => <CaseStatus c={c} /> },
  { title: '决定年度', dataIndex: 'year', valueType: 'digit', hideInTable: true },
];

const APPEAL_COLORS = { OPEN: 'processing', OVERDUE: 'red', ANSWERED: 'default' } as const;
const appealColumns: ProColumns<AppealView>[] = [
  { title: '案件编号', width: 140, render: (_, a) => <Link to={`/accountability/cases/${a.caseId}`}>{a.caseNumber}</Link> },
  { title: '被问责人', dataIndex: 'subjectName', width: 100 },
  { title: '单位', dataIndex: 'unitName', ellipsis: true },
  { title: '申诉人', dataIndex: 'appellant', width: 100 },
  { title: '收到日期', dataIndex: 'receivedOn', width: 110 },
  { title: '答复期限', dataIndex: 'answerDue', width: 110 },
  { title: '状态', width: 100, render: (_, a) => <Tag color={APPEAL_COLORS[a.status]}>{a.statusLabel}</Tag> },
];

type AppealFilter = 'open' | 'overdue' | 'answered' | 'all';

/** 问责案件 and 申诉: every case in the reader's scope with its stage and limit, and the appeals awaiting an answer. */
export function AccountabilityCasesPage() {
  const [appealState, setAppealState] = useState<AppealFilter>('open');
  return (
    <Page>
      <Tabs
        items={[
          {
            key: 'cases',
            label: '问责案件',
            children: (
              <ProTable<CaseView>
                rowKey="id"
                columns={caseColumns}
                cardBordered
                scroll={{ x: 900 }}
                pagination={{ defaultPageSize: 20, showSizeChanger: true }}
                options={{ density: false, setting: false, reload: true }}
                request={async (params) => {
                  const page = await accountabilityApi.cases({
                    state: params.state,
                    year: params.year ? Number(params.year) : undefined,
                    page: params.current ?? 1,
                    pageSize: params.pageSize ?? 20,
                  });
                  return { data: page.items, total: page.total, success: true };
                }}
              />
            ),
          },
          {
            key: 'appeals',
            label: '申诉',
            children: (
              <ProTable<AppealView>
                rowKey="id"
                columns={appealColumns}
                cardBordered
                search={false}
                params={{ appealState }}
                toolbar={{
                  menu: {
                    type: 'tab',
                    activeKey: appealState,
                    onChange: (k) => setAppealState(k as AppealFilter),
                    items: [
                      { key: 'open', label: '未答复' },
                      { key: 'overdue', label: '逾期未答复' },
                      { key: 'answered', label: '已答复' },
                      { key: 'all', label: '全部' },
                    ],
                  },
                }}
                pagination={{ defaultPageSize: 20 }}
                options={{ density: false, setting: false, reload: true }}
                request={async (params) => {
                  const page = await accountabilityApi.appeals({ state: appealState, page: params.current ?? 1, pageSize: params.pageSize ?? 20 });
                  return { data: page.items, total: page.total, success: true };
                }}
              />
            ),
          },
        ]}
      />
    </Page>
  );
}
