import { PlusOutlined } from '@ant-design/icons';
import { type ProColumns, ProTable } from '@ant-design/pro-components';
import type { CycleView } from '@dandang/shared/assessment/cycle.schema';
import { CYCLE_STATE_INFO } from '@dandang/shared/assessment/cycle.states';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { CycleFormModal } from '../components/CycleFormModal';
import { CycleStateTag, periodOf, StageDue } from '../components/cycle-labels';
import { ASSESSMENT_KEY, cycleApi, schemeApi } from '../hooks/assessmentApi';

/** 考核周期: every cycle with its stage, the stage's deadline (red once passed) and how many it assesses. */
export function CyclesPage() {
  const canConfigure = Boolean(usePermission('assessment.config'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const cycles = useQuery({ queryKey: [ASSESSMENT_KEY, 'cycles'], queryFn: cycleApi.list });
  const schemes = useQuery({ queryKey: [ASSESSMENT_KEY, 'schemes'], queryFn: () => schemeApi.list(), enabled: creating });

  const columns: ProColumns<CycleView>[] = [
    { title: '周期', dataIndex: 'name', render: (_, c) => <Link to={`/assessment/cycles/${c.id}`}>{c.name}</Link> },
    { title: '类型', width: 180, render: (_, c) => periodOf(c) },
    { title: '阶段', width: 90, render: (_, c) => <CycleStateTag cycle={c} /> },
    { title: '当前工作', width: 260, render: (_, c) => CYCLE_STATE_INFO[c.state].work },
    { title: '阶段截止', width: 200, render: (_, c) => <StageDue cycle={c} /> },
    { title: '考核对象', dataIndex: 'participants', width: 100, render: (_, c) => (c.state === 'DRAFT' ? '启动时确定' : c.participants) },
  ];

  return (
    <Page content="平时考核按季度、年度考核按年度、专项考核按需开展；启动时按考核范围和类别确定考核对象，各阶段按工作日计算期限。">
      <ProTable<CycleView>
        rowKey="id"
        columns={columns}
        cardBordered
        search={false}
        loading={cycles.isPending}
        dataSource={cycles.data ?? []}
        pagination={false}
        scroll={{ x: 1000 }}
        options={{ density: false, setting: false, reload: () => cycles.refetch() }}
        toolBarRender={() =>
          canConfigure
            ? [
                <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  新建考核周期
                </Button>,
              ]
            : []
        }
      />
      {creating && schemes.data && (
        <CycleFormModal
          schemes={schemes.data}
          onClose={() => setCreating(false)}
          onSaved={async (cycle) => {
            setCreating(false);
            await queryClient.invalidateQueries({ queryKey: [ASSESSMENT_KEY, 'cycles'] });
            navigate(`/assessment/cycles/${cycle.id}`);
          }}
        />
      )}
    </Page>
  );
}
