import type { CaseView } from '@dandang/shared/cases/case.schema';
import { casePagePath } from '@dandang/shared/cases/case-pages';
import { CASE_TYPES, type CaseType } from '@dandang/shared/cases/workflow';
import { WORKFLOWS } from '@dandang/shared/cases/workflows';
import { useQuery } from '@tanstack/react-query';
import { Card, InputNumber, Segmented, Space, Table, type TableColumnsType, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { CaseStatus } from '../components/CaseStatus';
import { CASES_KEY, caseApi } from '../hooks/casesApi';

type TypeFilter = CaseType | 'ALL';

const columns: TableColumnsType<CaseView> = [
  { title: '案件编号', dataIndex: 'number', width: 150, render: (n: string, c) => <Link to={casePagePath(c.type, c.id)}>{n}</Link> },
  { title: '类型', dataIndex: 'typeLabel', width: 100 },
  { title: '事项', dataIndex: 'title', ellipsis: true },
  { title: '单位', dataIndex: 'unitName', width: 160, ellipsis: true },
  { title: '当事人', dataIndex: 'subjectName', width: 100 },
  { title: '办理阶段与时限', width: 260, render: (_, c) => <CaseStatus c={c} /> },
];

function DueCard({ title, rows, loading }: { title: ReactNode; rows: CaseView[] | undefined; loading: boolean }) {
  return (
    <Card title={title} style={{ marginBottom: 16 }}>
      <Table<CaseView> rowKey="id" size="small" columns={columns} dataSource={rows} loading={loading} pagination={false} scroll={{ x: 900 }} />
    </Card>
  );
}

/** 逾期与临期: open cases past their stage's working-day limit, and those due within the next days, in the reader's scope. */
export function DueCasesPage() {
  const [type, setType] = useState<TypeFilter>('ALL');
  const [within, setWithin] = useState(3);
  const due = useQuery({
    queryKey: [CASES_KEY, 'due', type, within],
    queryFn: () => caseApi.due({ type: type === 'ALL' ? undefined : type, within }),
  });
  return (
    <Page content={<Typography.Text type="secondary">时限按工作日计算（法定节假日和调休上班日以工作日历为准）。</Typography.Text>}>
      <Space style={{ marginBottom: 16 }} wrap>
        <Segmented<TypeFilter>
          value={type}
          onChange={setType}
          options={[{ value: 'ALL', label: '全部' }, ...CASE_TYPES.map((t) => ({ value: t, label: WORKFLOWS[t].label }))]}
        />
        <span>
          临期：未来 <InputNumber aria-label="临期工作日数" min={0} max={60} value={within} onChange={(v) => setWithin(v ?? 0)} style={{ width: 70 }} />{' '}
          个工作日内到期
        </span>
      </Space>
      <DueCard
        title={<Typography.Text type="danger">已逾期（{due.data?.overdue.length ?? 0}）</Typography.Text>}
        rows={due.data?.overdue}
        loading={due.isLoading}
      />
      <DueCard title={`临期（${due.data?.dueSoon.length ?? 0}）`} rows={due.data?.dueSoon} loading={due.isLoading} />
    </Page>
  );
}
