import { COMPLAINT_CHANNELS, COMPLAINT_CLASSES, type ComplaintChannel, type ComplaintClass, keysOf } from '@dandang/shared/complaints/complaint.codes';
import { App, Button, Card, DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { labelledOptions } from '../../../platform/forms/options';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { CadreSelect } from '../../cadres';
import { HandlerSelect } from '../components/HandlerSelect';
import { complaintsApi } from '../hooks/complaintsApi';

interface IntakeForm {
  channel: ComplaintChannel;
  receivedOn: Dayjs;
  anonymous: boolean;
  complainant?: { name: string; phone: string; idNumber?: string; address?: string };
  accusedCadreIds: string[];
  classification: ComplaintClass;
  title: string;
  matter: string;
  handlerIds: string[];
}

/**
 * 登记检举控告: the complaint as received. A real-name complainant's identity is entered here once and then kept
 * encrypted apart from the complaint; from this page on it is shown only to assigned handlers granted it.
 */
export function ComplaintIntakePage() {
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const navigate = useNavigate();
  const [form] = Form.useForm<IntakeForm>();
  const anonymous = Form.useWatch('anonymous', form);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const created = await complaintsApi.intake({
        channel: v.channel,
        receivedOn: v.receivedOn.format('YYYY-MM-DD'),
        anonymous: v.anonymous,
        complainant: v.anonymous ? undefined : v.complainant,
        accusedCadreIds: v.accusedCadreIds,
        classification: v.classification,
        title: v.title,
        matter: v.matter,
        handlerIds: v.handlerIds ?? [],
      });
      const repeated = created.repeated.length;
      if (repeated > 0) message.warning(`已登记（${created.case.number}）。注意：被反映人已有 ${repeated} 件办结的检举控告，请核对是否重复举报`, 8);
      else message.success(`已登记，编号 ${created.case.number}`);
      navigate(`/complaints/${created.case.id}`);
    } catch (error) {
      handleError(error, { form });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page
      title="登记检举控告"
      content={<Typography.Text type="secondary">实名举报的检举控告人信息加密单独保存，只有获授权的承办人可以查看，每次查看都留痕。</Typography.Text>}
    >
      <Card>
        <Form<IntakeForm>
          form={form}
          layout="vertical"
          style={{ maxWidth: 760 }}
          initialValues={{ channel: 'LETTER', anonymous: true, receivedOn: dayjs(), handlerIds: [], classification: 'OTHER' }}
        >
          <Form.Item name="channel" label="来源渠道" rules={[{ required: true, message: '请选择来源渠道' }]}>
            <Radio.Group options={labelledOptions(keysOf(COMPLAINT_CHANNELS), COMPLAINT_CHANNELS)} optionType="button" />
          </Form.Item>
          <Form.Item name="receivedOn" label="收到日期" rules={[{ required: true, message: '请选择收到日期' }]}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="anonymous" label="署名方式">
            <Radio.Group
              options={[
                { value: true, label: '匿名' },
                { value: false, label: '实名' },
              ]}
            />
          </Form.Item>
          {anonymous === false && (
            <Card size="small" title="检举控告人（加密保存）" style={{ marginBottom: 24 }}>
              <Form.Item name={['complainant', 'name']} label="姓名" rules={[{ required: true, message: '请填写检举控告人姓名' }]}>
                <Input maxLength={50} />
              </Form.Item>
              <Form.Item name={['complainant', 'phone']} label="联系电话" rules={[{ required: true, message: '请填写联系电话' }]}>
                <Input maxLength={30} />
              </Form.Item>
              <Form.Item name={['complainant', 'idNumber']} label="身份证号">
                <Input maxLength={18} />
              </Form.Item>
              <Form.Item name={['complainant', 'address']} label="联系地址">
                <Input maxLength={200} />
              </Form.Item>
            </Card>
          )}
          <Form.Item name="accusedCadreIds" label="被反映干部" rules={[{ required: true, type: 'array', min: 1, message: '请选择被反映的干部' }]}>
            <CadreSelect mode="multiple" />
          </Form.Item>
          <Form.Item name="classification" label="问题类别" rules={[{ required: true, message: '请选择问题类别' }]}>
            <Select options={labelledOptions(keysOf(COMPLAINT_CLASSES), COMPLAINT_CLASSES)} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="title" label="标题" rules={[{ required: true, min: 2, message: '请填写标题' }]}>
            <Input maxLength={100} placeholder="如：反映某某违规收受礼金问题" />
          </Form.Item>
          <Form.Item name="matter" label="反映的主要问题" rules={[{ required: true, min: 5, message: '请写明反映的主要问题' }]}>
            <Input.TextArea autoSize={{ minRows: 5 }} maxLength={8000} showCount />
          </Form.Item>
          <Form.Item name="handlerIds" label="承办人" extra="可稍后在检举控告页分办">
            <HandlerSelect />
          </Form.Item>
          <Button type="primary" onClick={submit} loading={busy}>
            登记
          </Button>
        </Form>
      </Card>
    </Page>
  );
}
