import type { ComplaintDetail } from '@dandang/shared/complaints/complaint-view.schema';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Form, Input, Select, Table } from 'antd';
import { StepModal } from '../../../platform/forms/StepModal';
import { COMPLAINTS_KEY, complaintsApi } from '../hooks/complaintsApi';

interface CorrectedMeasuresCardProps {
  detail: ComplaintDetail;
  /** Whether the reader may correct: handles the complaint and writes measures (the register checks the scope again). */
  canCorrect: boolean;
  onChange: () => void;
}

/**
 * 纠正错误处理 (DOMAIN.md §8): a measure an accused cadre received because of the false report is revoked in the
 * register from here, so the register, the impact panel and this complaint all show the correction.
 */
export function CorrectedMeasuresCard({ detail, canCorrect, onChange }: CorrectedMeasuresCardProps) {
  const inForce = useQuery({
    queryKey: [COMPLAINTS_KEY, 'correctable-measures', detail.case.id],
    queryFn: () => complaintsApi.correctableMeasures(detail.case.id),
    enabled: canCorrect,
  });
  const nameOf = (cadreId: string) => detail.accused.find((a) => a.cadreId === cadreId)?.name ?? '';
  const options = (inForce.data ?? []).map((m) => ({ value: m.id, label: `${nameOf(m.cadreId)}：${m.label}（${m.effectiveOn}，${m.decidingBody}）` }));
  const versionOf = (measureId: string) => inForce.data?.find((m) => m.id === measureId)?.version ?? 0;
  if (!canCorrect && detail.correctedMeasures.length === 0) return null;
  return (
    <Card
      title="纠正因失实举报受到的处理"
      size="small"
      extra={
        canCorrect && (
          <StepModal<{ measureId: string; reason: string }>
            title="纠正处理（在干部名册中撤销该措施）"
            trigger={<Button size="small">纠正处理</Button>}
            submit={(v) => complaintsApi.correctMeasure(detail.case.id, { ...v, version: versionOf(v.measureId) })}
            done="已撤销该措施"
            // The page's refresh invalidates every complaints query, this list among them.
            onDone={onChange}
          >
            <Form.Item name="measureId" label="被反映干部现有的处理" rules={[{ required: true, message: '请选择要纠正的处理' }]}>
              <Select options={options} loading={inForce.isLoading} notFoundContent="被反映干部没有生效中的处理" />
            </Form.Item>
            <Form.Item name="reason" label="纠正理由" rules={[{ required: true, min: 2, message: '请填写纠正理由' }]}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} placeholder="如：该诫勉系因失实举报作出，经核查予以纠正" />
            </Form.Item>
          </StepModal>
        )
      }
    >
      {detail.correctedMeasures.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未纠正任何处理" />
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey="measureId"
          dataSource={detail.correctedMeasures}
          columns={[
            { title: '措施', dataIndex: 'label' },
            { title: '生效日期', dataIndex: 'effectiveOn', width: 120 },
            { title: '纠正理由', dataIndex: 'reason' },
            { title: '纠正时间', width: 120, render: (_, r) => new Date(r.at).toLocaleDateString('zh-CN') },
          ]}
        />
      )}
    </Card>
  );
}
