import { type ProColumns, ProTable } from '@ant-design/pro-components';
import type { CycleView, ParticipantView } from '@dandang/shared/assessment/cycle.schema';
import { SCHEME_CATEGORY_LABELS } from '@dandang/shared/assessment/scheme.schema';
import { pageQuery } from '../../../platform/api/types';
import { labelledValueEnum } from '../../../platform/forms/options';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { cycleApi } from '../hooks/assessmentApi';

/** Who the cycle assesses, within what the reader may see; a unit or a unit's leadership team shows no person. */
export function ParticipantsTable({ cycle }: { cycle: CycleView }) {
  const handleError = useApiErrorHandler();
  const columns: ProColumns<ParticipantView>[] = [
    {
      title: '类别',
      dataIndex: 'category',
      valueType: 'select',
      width: 140,
      valueEnum: labelledValueEnum(
        cycle.schemes.map((s) => s.category),
        SCHEME_CATEGORY_LABELS,
      ),
    },
    { title: '单位', dataIndex: 'unitName', search: false },
    { title: '姓名', dataIndex: 'cadreName', search: false, render: (_, p) => p.cadreName ?? (p.category === 'LEADERSHIP_TEAM' ? '领导班子' : '单位') },
    { title: '职务', dataIndex: 'post', search: false, render: (_, p) => p.post || '—' },
  ];
  return (
    <ProTable<ParticipantView, { category?: string }>
      rowKey="id"
      headerTitle="考核对象"
      columns={columns}
      search={{ labelWidth: 'auto', filterType: 'light' }}
      options={false}
      pagination={{ defaultPageSize: 20, showSizeChanger: true }}
      request={async (params) => {
        const page = await cycleApi.participants(cycle.id, { category: params.category, ...pageQuery(params) });
        return { data: page.items, total: page.total, success: true };
      }}
      onRequestError={(error) => handleError(error)}
    />
  );
}
