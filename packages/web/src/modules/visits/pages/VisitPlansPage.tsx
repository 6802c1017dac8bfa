import { type ActionType, type ProColumns, ProTable } from '@ant-design/pro-components';
import { MEASURE_LABELS, type MeasureCode } from '@dandang/shared/rules/measures';
import type { VisitPlanView } from '@dandang/shared/visits/visit.schema';
import { isWindowOpen } from '@dandang/shared/visits/visit-plan.rules';
import { Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { T } from '../../../i18n/zh-CN';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { UnitTreeSelect } from '../../org';
import { PlanItems } from '../components/PlanItems';
import { RecordVisitModal } from '../components/RecordVisitModal';
import { PLAN_STATUS } from '../components/visit-labels';
import { useRefreshVisits } from '../hooks/useRefreshVisits';
import { type PlanState, visitsApi } from '../hooks/visitsApi';

interface Filters {
  state?: PlanState;
  unitId?: string;
  name?: string;
}

const STATE_FILTER: Record<PlanState, { text: string }> = { due: { text: '待回访' }, overdue: { text: '逾期预警' }, all: { text: '全部（含已完成）' } };
/** An overdue plan's row is tinted, so the alerts stand out in a long list. */
const OVERDUE_ROW = { background: '#fff1f0' };

/**
 * 回访计划: every measure with a promotion bar plans its visits (a first one within three months, another before the
 * bar ends); the list shows them with their due dates, the overdue ones first flagged 逾期预警. 登记回访 records a visit
 * for users holding visit.write, while the measure's window is open.
 */
export function VisitPlansPage() {
  const canWrite = Boolean(usePermission('visit.write'));
  const handleError = useApiErrorHandler();
  const refreshVisits = useRefreshVisits();
  const actionRef = useRef<ActionType>(null);
  const [asOf, setAsOf] = useState('');
  const [recording, setRecording] = useState<VisitPlanView | null>(null);

  const columns: ProColumns<VisitPlanView>[] = [
    { title: '姓名', dataIndex: 'name', hideInTable: true, fieldProps: { placeholder: '干部姓名' } },
    {
      title: '状态',
      dataIndex: 'state',
      valueType: 'select',
      valueEnum: STATE_FILTER,
      initialValue: 'due',
      hideInTable: true,
      fieldProps: { allowClear: false },
    },
    { title: '所在单位', dataIndex: 'unitId', hideInTable: true, renderFormItem: () => <UnitTreeSelect placeholder="全部单位（含下级）" /> },
    {
      title: '干部',
      dataIndex: 'cadreName',
      search: false,
      width: 90,
      render: (_, p) => <Link to={`/cadres/${p.cadreId}`}>{p.cadreName}</Link>,
    },
    { title: '所在单位', dataIndex: 'unitName', search: false, ellipsis: true, width: 140 },
    {
      title: '处理处分措施',
      search: false,
      width: 140,
      render: (_, p) => (
        <>
          <div>{MEASURE_LABELS[p.measureCode as MeasureCode] ?? p.measureCode}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.effectiveOn} 生效
          </Typography.Text>
        </>
      ),
    },
    { title: '影响期结束', dataIndex: 'barEnd', search: false, width: 105, tooltip: '影响期结束之日（此日起可提拔）；回访应在此之前完成' },
    { title: '回访单位', dataIndex: 'assignedTo', search: false, ellipsis: true, width: 130, tooltip: '谁查处、谁回访：作出措施决定的机关' },
    { title: '回访安排', search: false, width: 260, render: (_, p) => <PlanItems items={p.items} /> },
    {
      title: '计划状态',
      search: false,
      width: 90,
      render: (_, p) => <Tag color={PLAN_STATUS[p.state].color}>{PLAN_STATUS[p.state].label}</Tag>,
    },
    {
      title: T.actions,
      valueType: 'option',
      width: 90,
      hideInTable: !canWrite,
      // After the bar's last day no visit can be recorded any more: the action goes, the overdue flag stays.
      render: (_, p) =>
        asOf && isWindowOpen(p, asOf) ? (
          <Typography.Link onClick={() => setRecording(p)}>登记回访</Typography.Link>
        ) : (
          <Typography.Text type="secondary">影响期已结束</Typography.Text>
        ),
    },
  ];

  return (
    <Page content="由处理处分措施自动生成：生效后 3 个月内首次回访，影响期结束前再回访一次；逾期未回访的标红预警。">
      <ProTable<VisitPlanView, Filters>
        rowKey="measureId"
        actionRef={actionRef}
        columns={columns}
        cardBordered
        scroll={{ x: 1040 }}
        search={{ labelWidth: 72, defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        options={{ density: false, setting: false, reload: true }}
        headerTitle={asOf ? `截至 ${asOf}` : undefined}
        onRow={(p) => (p.state === 'overdue' ? { style: OVERDUE_ROW } : {})}
        request={async (params) => {
          const answer = await visitsApi.plans(params.state ?? 'due', params.unitId);
          setAsOf(answer.asOf);
          const name = params.name?.trim();
          const data = answer.items
            .filter((p) => !name || p.cadreName.includes(name))
            // The alerts first, then the nearest due date.
            .toSorted((a, b) => Number(b.state === 'overdue') - Number(a.state === 'overdue') || firstDue(a).localeCompare(firstDue(b)));
          return { data, total: data.length, success: true };
        }}
        onRequestError={(error) => handleError(error)}
      />
      {recording && (
        <RecordVisitModal
          plan={recording}
          asOf={asOf}
          onClose={() => setRecording(null)}
          onDone={() => {
            setRecording(null);
            actionRef.current?.reload();
            refreshVisits();
          }}
        />
      )}
    </Page>
  );
}

/** The earliest open due date of a plan (a finished plan sorts last). */
function firstDue(p: VisitPlanView): string {
  return p.items.find((i) => i.status !== 'done')?.dueBy ?? '9999-12-31';
}
