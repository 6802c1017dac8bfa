import type { IndicatorView } from '@dandang/shared/assessment/indicator.schema';
import { useQuery } from '@tanstack/react-query';
import { Alert, Modal, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { ASSESSMENT_KEY, indicatorApi } from '../hooks/assessmentApi';
import { describeScoring } from './indicator-text';

/** Every revision of an indicator, newest first: what a scheme pinned to an older one still scores by. */
export function IndicatorRevisionsModal({ indicator, onClose }: { indicator: IndicatorView; onClose: () => void }) {
  const { data, error, isPending } = useQuery({ queryKey: [ASSESSMENT_KEY, 'revisions', indicator.id], queryFn: () => indicatorApi.revisions(indicator.id) });
  return (
    <Modal open title={`${indicator.name}：版本记录`} width={760} footer={null} onCancel={onClose} destroyOnHidden>
      {error ? (
        <Alert type="error" showIcon message={(error as Error).message} />
      ) : (
        <Table
          rowKey="revision"
          size="small"
          loading={isPending}
          pagination={false}
          dataSource={data ?? []}
          columns={[
            {
              title: '版本',
              dataIndex: 'revision',
              width: 70,
              render: (r: number) => (r === indicator.revision ? <Tag color="blue">第 {r} 版（当前）</Tag> : `第 ${r} 版`),
            },
            { title: '名称', dataIndex: 'name', width: 160 },
            { title: '计分方式', render: (_, r) => describeScoring(r.definition) },
            { title: '佐证', dataIndex: 'evidenceRequired', width: 60, render: (v: boolean) => (v ? '需要' : '—') },
            { title: '修订', width: 150, render: (_, r) => `${dayjs(r.createdAt).format('YYYY-MM-DD HH:mm')} ${r.createdByName}` },
          ]}
        />
      )}
    </Modal>
  );
}
