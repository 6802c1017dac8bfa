import type { CaseDetail } from '@dandang/shared/cases/case.schema';
import { WORKFLOWS } from '@dandang/shared/cases/workflows';
import { Button, Form, Input, InputNumber, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { caseApi } from '../hooks/casesApi';

const STATUS = { PENDING: ['gold', '待审批'], APPROVED: ['green', '已批准'], REFUSED: ['default', '未批准'] } as const;

/** 延期: asking for more working days in a state that allows it, and the approver's answer. */
export function CaseExtensions({ detail, onChange }: { detail: CaseDetail; onChange: () => void }) {
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<{ workdays: number; reason: string }>();
  const [asking, setAsking] = useState(false);
  const c = detail.case;
  const extendable = WORKFLOWS[c.type].extension?.states.includes(c.state) ?? false;
  const pending = detail.extensions.some((x) => x.status === 'PENDING');

  const ask = async () => {
    const values = await form.validateFields();
    try {
      await caseApi.requestExtension(c.id, { version: c.version, ...values });
      setAsking(false);
      form.resetFields();
      onChange();
    } catch (error) {
      handleError(error, { form });
    }
  };
  const decide = async (extensionId: string, version: number, approve: boolean) => {
    try {
      await caseApi.decideExtension(c.id, extensionId, { version, approve, answer: approve ? '同意' : '不同意' });
      onChange();
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <>
      {detail.canWork && extendable && !pending && (
        <Button onClick={() => setAsking(true)} style={{ marginBottom: 12 }}>
          申请延期
        </Button>
      )}
      <List
        locale={{ emptyText: '暂无延期申请' }}
        dataSource={detail.extensions}
        renderItem={(x) => (
          <List.Item
            actions={
              x.status === 'PENDING' && detail.canApproveExtension
                ? [
                    <Button key="yes" type="link" onClick={() => decide(x.id, x.version, true)}>
                      批准
                    </Button>,
                    <Button key="no" type="link" danger onClick={() => decide(x.id, x.version, false)}>
                      不批准
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space>
                  <Tag color={STATUS[x.status][0]}>{STATUS[x.status][1]}</Tag>
                  {x.stateLabel}阶段延长 {x.workdays} 个工作日
                </Space>
              }
              description={
                <Typography.Text type="secondary">
                  {x.requesterName}：{x.reason}
                  {x.deciderName ? `；${x.deciderName}：${x.answer || STATUS[x.status][1]}` : ''}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
      <Modal title="申请延期" open={asking} onOk={ask} onCancel={() => setAsking(false)} okText="提交" destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="workdays" label="延长工作日数" rules={[{ required: true, message: '请填写延长的工作日数' }]}>
            <InputNumber min={1} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="reason" label="延期理由" rules={[{ required: true, message: '请填写延期理由' }]}>
            <Input.TextArea maxLength={500} autoSize={{ minRows: 3 }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
