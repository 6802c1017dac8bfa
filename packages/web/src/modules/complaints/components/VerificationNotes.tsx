import type { ComplaintDetail } from '@dandang/shared/complaints/complaint-view.schema';
import { Button, Card, Empty, Form, Input, List, Typography } from 'antd';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { complaintsApi } from '../hooks/complaintsApi';

/** 核查情况: what the handlers found, in order; written while the complaint is being verified. */
export function VerificationNotes({ detail, editable, onChange }: { detail: ComplaintDetail; editable: boolean; onChange: () => void }) {
  const [form] = Form.useForm<{ body: string }>();
  const run = useModalSubmit(form);
  if (!editable && detail.notes.length === 0) return null;
  const add = async ({ body }: { body: string }) => {
    if (await run(() => complaintsApi.addNote(detail.case.id, body), { done: '已记录', onDone: onChange, onReload: onChange })) form.resetFields();
  };
  return (
    <Card title="核查情况" size="small">
      {detail.notes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未记录核查情况" />
      ) : (
        <List
          size="small"
          dataSource={detail.notes}
          renderItem={(n) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Typography.Text type="secondary">
                    {n.authorName}　{new Date(n.at).toLocaleString('zh-CN')}
                  </Typography.Text>
                }
                description={<span style={{ whiteSpace: 'pre-wrap', color: 'rgba(0,0,0,0.88)' }}>{n.body}</span>}
              />
            </List.Item>
          )}
        />
      )}
      {editable && (
        <Form form={form} onFinish={add} layout="vertical" style={{ marginTop: 12 }}>
          <Form.Item name="body" rules={[{ required: true, whitespace: true, message: '请填写核查情况' }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} placeholder="谈话、调取材料、实地核查等情况" />
          </Form.Item>
          <Button htmlType="submit">记录核查情况</Button>
        </Form>
      )}
    </Card>
  );
}
