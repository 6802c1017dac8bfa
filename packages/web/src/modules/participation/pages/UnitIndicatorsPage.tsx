import { SUBMISSION_KINDS, type SubmissionKind } from '@dandang/shared/participation/participation.codes';
import type { UnitIndicatorView } from '@dandang/shared/participation/participation-view.schema';
import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Segmented, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Page } from '../../../layout/Page';
import { PARTICIPATION_KEY, participationApi } from '../hooks/participationApi';

const rate = (v: number | null) => (v === null ? '—' : `${v}%`);

/**
 * 单位指标: per unit, the share answered within the deadline, the resolution (adoption) rate and the enterprises' mean
 * satisfaction, for the submissions made in the period; the assessment's quantitative indicators read the same API.
 */
export function UnitIndicatorsPage() {
  const [kind, setKind] = useState<SubmissionKind>('APPEAL');
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const period = { kind, from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') };
  const { data = [], isFetching } = useQuery({ queryKey: [PARTICIPATION_KEY, 'indicators', period], queryFn: () => participationApi.indicators(period) });
  const resolvedLabel = kind === 'IDEA' ? '采纳率' : '解决率';
  return (
    <Page>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented<SubmissionKind>
            value={kind}
            onChange={setKind}
            options={Object.entries(SUBMISSION_KINDS).map(([value, label]) => ({ value: value as SubmissionKind, label }))}
          />
          <DatePicker.RangePicker value={range} allowClear={false} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} />
          <Typography.Text type="secondary">按提交日期统计；按期答复率 = 按期答复数 ÷（已答复数 + 逾期未答复数）</Typography.Text>
        </Space>
        <Table<UnitIndicatorView>
          rowKey="unitId"
          size="middle"
          loading={isFetching}
          dataSource={data}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: '该期间没有提交的事项' }}
          columns={[
            { title: '单位', dataIndex: 'unitName' },
            { title: '受理', dataIndex: 'received', align: 'right' },
            { title: '已答复', dataIndex: 'answered', align: 'right' },
            { title: '按期答复', dataIndex: 'answeredInTime', align: 'right' },
            {
              title: '逾期未答复',
              dataIndex: 'overdueOpen',
              align: 'right',
              render: (v: number) => (v > 0 ? <Typography.Text type="danger">{v}</Typography.Text> : v),
            },
            { title: '按期答复率', dataIndex: 'replyInTimeRate', align: 'right', render: rate },
            { title: resolvedLabel, dataIndex: 'resolutionRate', align: 'right', render: rate },
            {
              title: '满意度（1–5）',
              dataIndex: 'meanSatisfaction',
              align: 'right',
              render: (v: number | null, r) => (v === null ? '—' : `${v}（${r.rated} 条评价）`),
            },
          ]}
        />
      </Card>
    </Page>
  );
}
