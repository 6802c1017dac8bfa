import { PlusOutlined } from '@ant-design/icons';
import type { ProColumns } from '@ant-design/pro-components';
import type { AdjustmentView } from '@dandang/shared/accountability/adjustment.schema';
import { ADJUSTMENT_WORKFLOW } from '@dandang/shared/accountability/adjustment.states';
import { UNFIT_SITUATIONS } from '@dandang/shared/accountability/unfit-situations';
import { Button, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { CaseListTable } from '../../cases/components/CaseListTable';
import { CaseStatus } from '../../cases/components/CaseStatus';
import { AdjustmentFormModal } from '../components/AdjustmentFormModal';
import { adjustmentApi } from '../hooks/accountabilityApi';

const stateOptions = Object.fromEntries(Object.entries(ADJUSTMENT_WORKFLOW.states).map(([k, v]) => [k, { text: v.label }]));
const situationOptions = Object.fromEntries(Object.entries(UNFIT_SITUATIONS).map(([k, v]) => [k, { text: v }]));

const columns: ProColumns<AdjustmentView>[] = [
  { title: '编号', width: 130, search: false, render: (_, a) => <Link to={`/accountability/adjustments/${a.case.id}`}>{a.case.number}</Link> },
  { title: '干部', width: 90, search: false, render: (_, a) => a.case.subjectName },
  { title: '单位', width: 150, search: false, ellipsis: true, render: (_, a) => a.case.unitName },
  { title: '情形', dataIndex: 'situation', valueType: 'select', valueEnum: situationOptions, ellipsis: true, render: (_, a) => a.situationLabel },
  {
    title: '来源',
    search: false,
    width: 160,
    ellipsis: true,
    render: (_, a) => (a.followUp ? <Tag color="purple">{`${a.followUp.year}年度考核`}</Tag> : a.source),
  },
  { title: '办理阶段', dataIndex: 'state', valueType: 'select', valueEnum: stateOptions, width: 200, render: (_, a) => <CaseStatus c={a.case} /> },
  { title: '调整', search: false, width: 100, render: (_, a) => a.adjustment?.label ?? '—' },
  { title: '年度', dataIndex: 'year', valueType: 'digit', hideInTable: true },
];

/** 能上能下: 不担当不作为 clues from verification to a collective decision, and the adjustments made (written as measures). */
export function AdjustmentsPage() {
  const canHandle = usePermission('adjustment.handle');
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  return (
    <Page
      extra={
        canHandle && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
            登记线索
          </Button>
        )
      }
    >
      <CaseListTable<AdjustmentView>
        columns={columns}
        load={(params, page) =>
          adjustmentApi.list({ state: params.state, situation: params.situation, year: params.year ? Number(params.year) : undefined, ...page })
        }
      />
      <AdjustmentFormModal open={opening} onClose={() => setOpening(false)} onCreated={(a) => navigate(`/accountability/adjustments/${a.case.id}`)} />
    </Page>
  );
}
