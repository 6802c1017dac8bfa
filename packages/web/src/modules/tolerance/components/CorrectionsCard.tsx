import type { CorrectionView, ToleranceDetail } from '@dandang/shared/tolerance/tolerance-view.schema';
import { Button, Card, DatePicker, Form, Input, Modal, Space, Table, type TableColumnsType, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { ExportButton } from '../../../platform/ui/ExportButton';
import { toleranceApi } from '../hooks/toleranceApi';

/** 纠错整改: the correction plan's tasks, each with its owner and deadline, marked done with what was done. */
export function CorrectionsCard({ detail, editable, onChange }: { detail: ToleranceDetail; editable: boolean; onChange: () => void }) {
  const handleError = useApiErrorHandler();
  const [adding] = Form.useForm<{ description: string; owner: string; deadline: Dayjs }>();
  const [finishing] = Form.useForm<{ followUp: string }>();
  const [open, setOpen] = useState<'add' | CorrectionView | null>(null);

  const submit = async () => {
    try {
      if (open === 'add') {
        const v = await adding.validateFields();
        await toleranceApi.addCorrection(detail.case.id, { ...v, deadline: v.deadline.format('YYYY-MM-DD') });
      } else if (open) {
        const v = await finishing.validateFields();
        await toleranceApi.updateCorrection(open.id, { version: open.version, done: true, followUp: v.followUp });
      }
      setOpen(null);
      onChange();
    } catch (error) {
      handleError(error, { form: open === 'add' ? adding : finishing });
    }
  };

  const columns: TableColumnsType<CorrectionView> = [
    { title: '整改事项', dataIndex: 'description' },
    { title: '责任人', dataIndex: 'owner', width: 100 },
    { title: '整改期限', dataIndex: 'deadline', width: 110, render: (d: string, t) => (t.overdue ? <Tag color="red">{d} 已逾期</Tag> : d) },
    { title: '落实情况', render: (_, t) => (t.done ? <Tag color="green">已完成</Tag> : <Tag>未完成</Tag>) },
    { title: '说明', dataIndex: 'followUp', ellipsis: true },
    {
      title: '操作',
      width: 90,
      render: (_, t) =>
        editable &&
        !t.done && (
          <Button type="link" size="small" onClick={() => setOpen(t)}>
            完成
          </Button>
        ),
    },
  ];
  if (!editable && detail.corrections.length === 0) return null;
  return (
    <Card
      title="纠错整改"
      size="small"
      extra={
        <Space>
          {detail.corrections.length > 0 && (
            <ExportButton label="纠错整改通知书" run={() => toleranceApi.downloadCorrectionNotice(detail.case.id, detail.case.number)} />
          )}
          {editable && (
            <Button size="small" onClick={() => setOpen('add')}>
              添加整改事项
            </Button>
          )}
        </Space>
      }
    >
      <Table<CorrectionView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={detail.corrections}
        pagination={false}
        locale={{ emptyText: '暂无整改事项' }}
      />
      <Modal title={open === 'add' ? '添加整改事项' : '整改完成'} open={open !== null} onOk={submit} onCancel={() => setOpen(null)} destroyOnHidden>
        {open === 'add' ? (
          <Form form={adding} layout="vertical" preserve={false}>
            <Form.Item name="description" label="整改事项" rules={[{ required: true, min: 2, message: '请填写整改事项' }]}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
            </Form.Item>
            <Space>
              <Form.Item name="owner" label="责任人" rules={[{ required: true, message: '请填写责任人' }]}>
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item name="deadline" label="整改期限" rules={[{ required: true, message: '请选择整改期限' }]}>
                <DatePicker />
              </Form.Item>
            </Space>
          </Form>
        ) : (
          <Form form={finishing} layout="vertical" preserve={false}>
            <Form.Item name="followUp" label="整改落实情况" rules={[{ required: true, min: 2, message: '请填写整改落实情况' }]}>
              <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </Card>
  );
}
