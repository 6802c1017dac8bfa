import { Alert, Button, Form, Input, Radio, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../../platform/api/api-error';
import { honorsApi } from '../hooks/honorsApi';

interface Values {
  realName: boolean;
  name?: string;
  phone?: string;
  content: string;
}

/**
 * 提出异议 on the public page: real-name (name and phone, kept encrypted) or anonymous. The answer is a query code,
 * shown once, with which the objector follows the reply.
 */
export function ObjectionForm({ campaignId, nominee, onFiled }: { campaignId: string; nominee: { id: string; name: string }; onFiled: () => void }) {
  const [form] = Form.useForm<Values>();
  const realName = Form.useWatch('realName', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(null);

  const file = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const receipt = await honorsApi.fileObjection(campaignId, {
        nominationId: nominee.id,
        realName: values.realName,
        name: values.realName ? (values.name ?? '').trim() : '',
        phone: values.realName ? (values.phone ?? '').trim() : '',
        content: values.content.trim(),
      });
      setCode(receipt.code);
      onFiled();
    } catch (e) {
      if (e instanceof ApiError && e.fields.length > 0) form.setFields(e.fields.map((f) => ({ name: f.path as keyof Values, errors: [f.message] })));
      setError(e instanceof ApiError ? e.message : '提交失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  };

  if (code) {
    return (
      <Result
        status="success"
        title="异议已收到"
        subTitle={
          <Space direction="vertical">
            <span>请记下查询码，凭查询码查询核实办理结果：</span>
            <Typography.Text copyable strong style={{ fontSize: 20, letterSpacing: 2 }} aria-label="查询码">
              {code}
            </Typography.Text>
            <span>查询码只显示这一次。</span>
          </Space>
        }
        extra={<Link to={`/honor-objection/${code}`}>查询办理结果</Link>}
      />
    );
  }

  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ realName: false }} onFinish={file} aria-label={`对${nominee.name}提出异议`}>
      <Typography.Paragraph strong>对 {nominee.name} 提出异议</Typography.Paragraph>
      <Form.Item name="realName" label="反映方式">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: false, label: '匿名' },
            { value: true, label: '实名' },
          ]}
        />
      </Form.Item>
      {realName && (
        <>
          <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '实名反映请填写姓名' }]}>
            <Input maxLength={50} autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="phone"
            label="联系电话"
            rules={[{ required: true, whitespace: true, message: '实名反映请填写联系电话' }]}
            extra="姓名和电话加密保存，仅供核实时联系，严格保密。"
          >
            <Input maxLength={30} inputMode="tel" autoComplete="tel" />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="content"
        label="异议内容"
        rules={[
          { required: true, whitespace: true, message: '请填写异议内容' },
          { min: 10, message: '异议内容至少 10 个字' },
        ]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder="请实事求是、具体写明反映的问题" />
      </Form.Item>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Button type="primary" size="large" block htmlType="submit" loading={busy}>
        提交异议
      </Button>
    </Form>
  );
}
