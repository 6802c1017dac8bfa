import type { AccountabilityCaseDetail } from '@dandang/shared/accountability/accountability-case.schema';
import type { AppealView } from '@dandang/shared/accountability/appeal.schema';
import { Button, Card, DatePicker, Form, Input, List, Modal, Radio, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { usePermission } from '../../../platform/auth/permission';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { accountabilityApi } from '../hooks/accountabilityApi';

const STATUS_COLORS = { OPEN: 'processing', OVERDUE: 'red', ANSWERED: 'default' } as const;

/**
 * 申诉 (问责条例第二十条): lodged within a month of the decision, answered within a month; the decision is carried
 * out meanwhile.
 */
export function AppealsCard({ detail, onChange }: { detail: AccountabilityCaseDetail; onChange: () => void }) {
  const handleError = useApiErrorHandler();
  const canLodge = usePermission('accountability.propose') !== undefined;
  const canAnswer = usePermission('accountability.decide') !== undefined;
  const [lodging] = Form.useForm<{ grounds: string; appellant?: string; receivedOn?: Dayjs }>();
  const [answering] = Form.useForm<{ upheld: boolean; answer: string }>();
  const [open, setOpen] = useState<'lodge' | AppealView | null>(null);
  const decided = detail.decision !== null && detail.decision.correctedOn === null;

  const submit = async () => {
    try {
      if (open === 'lodge') {
        const v = await lodging.validateFields();
        await accountabilityApi.lodgeAppeal(detail.case.id, {
          grounds: v.grounds,
          appellant: v.appellant || undefined,
          receivedOn: v.receivedOn?.format('YYYY-MM-DD'),
        });
      } else if (open) {
        const v = await answering.validateFields();
        await accountabilityApi.answerAppeal(open.id, { version: open.version, upheld: v.upheld, answer: v.answer });
      }
      setOpen(null);
      onChange();
    } catch (error) {
      handleError(error, { form: open === 'lodge' ? lodging : answering });
    }
  };

  if (!decided && detail.appeals.length === 0) return null;
  return (
    <Card
      title="申诉"
      size="small"
      extra={
        decided &&
        canLodge && (
          <Button size="small" onClick={() => setOpen('lodge')}>
            登记申诉
          </Button>
        )
      }
    >
      <List
        locale={{ emptyText: detail.decision ? `申诉期至 ${detail.decision.appealLastDay}，暂无申诉` : '暂无申诉' }}
        dataSource={detail.appeals}
        renderItem={(a) => (
          <List.Item
            actions={
              a.status !== 'ANSWERED' && canAnswer
                ? [
                    <Button key="answer" type="link" onClick={() => setOpen(a)}>
                      答复
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space>
                  <Tag color={STATUS_COLORS[a.status]}>{a.statusLabel}</Tag>
                  {`${a.appellant}，${a.receivedOn} 收到，应于 ${a.answerDue} 前答复`}
                </Space>
              }
              description={
                <>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{a.grounds}</div>
                  {a.answeredOn && (
                    <Typography.Text type="secondary">{`${a.answeredOn} 答复：${a.upheld ? '申诉成立' : '维持原决定'}。${a.answer}`}</Typography.Text>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      <Modal title={open === 'lodge' ? '登记申诉' : '答复申诉'} open={open !== null} onOk={submit} onCancel={() => setOpen(null)} destroyOnHidden>
        {open === 'lodge' ? (
          <Form form={lodging} layout="vertical" preserve={false}>
            <Form.Item name="appellant" label="申诉人（不填为被问责人）">
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="receivedOn" label="收到日期（不填为今天）">
              <DatePicker />
            </Form.Item>
            <Form.Item name="grounds" label="申诉理由" rules={[{ required: true, message: '请填写申诉理由' }]}>
              <Input.TextArea autoSize={{ minRows: 3 }} maxLength={5000} />
            </Form.Item>
          </Form>
        ) : (
          <Form form={answering} layout="vertical" preserve={false}>
            <Form.Item name="upheld" label="处理结果" rules={[{ required: true, message: '请选择处理结果' }]}>
              <Radio.Group
                options={[
                  { value: false, label: '维持原决定' },
                  { value: true, label: '申诉成立' },
                ]}
              />
            </Form.Item>
            <Typography.Paragraph type="secondary">申诉成立的，答复后请执行“纠正问责决定”，原决定的处理处分措施随之撤销。</Typography.Paragraph>
            <Form.Item name="answer" label="申诉处理意见" rules={[{ required: true, message: '请填写申诉处理意见' }]}>
              <Input.TextArea autoSize={{ minRows: 3 }} maxLength={5000} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </Card>
  );
}
