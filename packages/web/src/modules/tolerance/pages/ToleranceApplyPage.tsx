import { UploadOutlined } from '@ant-design/icons';
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_MAX_BYTES } from '@dandang/shared/platform/attachments';
import { TOLERANCE_SITUATIONS } from '@dandang/shared/rules/tolerance.codes';
import { App, Button, Card, Checkbox, DatePicker, Form, Input, Space, Typography, Upload, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { useMe } from '../../../platform/auth/AuthContext';
import { usePermission } from '../../../platform/auth/permission';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { CadreSelect } from '../../cadres';
import { caseApi } from '../../cases/hooks/casesApi';
import { toleranceApi } from '../hooks/toleranceApi';

interface ApplyForm {
  subjectCadreId?: string;
  title: string;
  occurredOn: Dayjs;
  matter: string;
  claimedSituations: string[];
  grounds: string;
}

const ACCEPT = ATTACHMENT_EXTENSIONS.map((e) => `.${e}`).join(',');

/**
 * 容错申请 (DOMAIN.md §6: 本人或所在单位书面申请): a cadre applies for themself; a unit applies for one of its staff.
 * The case is opened first and the evidence sent to it after, so a file that fails does not lose the application.
 */
export function ToleranceApplyPage() {
  const me = useMe();
  const scope = usePermission('tolerance.apply');
  const forOthers = scope !== undefined && scope !== 'self';
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const navigate = useNavigate();
  const [form] = Form.useForm<ApplyForm>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const v = await form.validateFields();
    const subjectCadreId = forOthers ? v.subjectCadreId : (me.cadreId ?? undefined);
    if (!subjectCadreId) return;
    setBusy(true);
    try {
      const created = await toleranceApi.apply({
        subjectCadreId,
        title: v.title,
        occurredOn: v.occurredOn.format('YYYY-MM-DD'),
        matter: v.matter,
        claimedSituations: v.claimedSituations as never,
        grounds: v.grounds,
      });
      // The case exists from here on: a file that fails is reported and can be added on the case page, and the
      // application is never sent twice.
      const failed: string[] = [];
      for (const f of files) await caseApi.upload(created.case.id, f.originFileObj as File).catch(() => failed.push(f.name));
      if (failed.length > 0) message.warning(`已提交容错申请（${created.case.number}），但 ${failed.join('、')} 上传失败，请在案件页的“附件”中重新上传`, 8);
      else message.success(`已提交容错申请，案件编号 ${created.case.number}`);
      navigate(`/tolerance/cases/${created.case.id}`);
    } catch (error) {
      handleError(error, { form });
    } finally {
      setBusy(false);
    }
  };

  if (!forOthers && !me.cadreId) {
    return (
      <Page title="申请容错">
        <Card>
          <Typography.Text type="secondary">当前账号没有关联干部信息，不能以本人名义申请容错。</Typography.Text>
        </Card>
      </Page>
    );
  }
  return (
    <Page
      title="申请容错"
      content={<Typography.Text type="secondary">如实写明事由、申请容错的情形和理由，并上传相关材料；纪委监委受理后开展调查核实。</Typography.Text>}
    >
      <Card>
        <Form<ApplyForm> form={form} layout="vertical" style={{ maxWidth: 760 }} initialValues={{ claimedSituations: [], grounds: '' }}>
          {forOthers ? (
            <Form.Item name="subjectCadreId" label="申请对象" rules={[{ required: true, message: '请选择本单位的干部' }]}>
              <CadreSelect />
            </Form.Item>
          ) : (
            <Form.Item label="申请对象">{me.displayName}（本人）</Form.Item>
          )}
          <Form.Item name="title" label="标题" rules={[{ required: true, min: 2, message: '请填写标题' }]}>
            <Input maxLength={100} placeholder="如：关于某项目审批中程序瑕疵的容错申请" />
          </Form.Item>
          <Form.Item name="occurredOn" label="发生日期" rules={[{ required: true, message: '请选择发生日期' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="matter" label="事由" rules={[{ required: true, min: 5, message: '请写明何时发生了什么' }]}>
            <Input.TextArea autoSize={{ minRows: 4 }} maxLength={4000} showCount />
          </Form.Item>
          <Form.Item name="claimedSituations" label="申请容错的情形" rules={[{ required: true, type: 'array', min: 1, message: '请选择申请容错的情形' }]}>
            <Checkbox.Group>
              <Space direction="vertical">
                {Object.entries(TOLERANCE_SITUATIONS).map(([code, label]) => (
                  <Checkbox key={code} value={code}>
                    {label}
                  </Checkbox>
                ))}
              </Space>
            </Checkbox.Group>
          </Form.Item>
          <Form.Item name="grounds" label="申请理由" rules={[{ required: true, min: 2, message: '请填写申请理由' }]}>
            <Input.TextArea autoSize={{ minRows: 4 }} maxLength={4000} showCount />
          </Form.Item>
          <Form.Item label="相关材料" extra={`支持 ${ATTACHMENT_EXTENSIONS.join('、')}，每个不超过 10 MB`}>
            <Upload
              accept={ACCEPT}
              multiple
              fileList={files}
              beforeUpload={(file) => {
                // Refused here rather than after the application is sent: the server takes 10 MB a file.
                if (file.size > ATTACHMENT_MAX_BYTES) message.error(`${file.name} 超过 10 MB，不能上传`);
                return file.size > ATTACHMENT_MAX_BYTES ? Upload.LIST_IGNORE : false;
              }}
              onChange={({ fileList }) => setFiles(fileList)}
            >
              <Button icon={<UploadOutlined />}>选择文件</Button>
            </Upload>
          </Form.Item>
          <Button type="primary" onClick={submit} loading={busy}>
            提交申请
          </Button>
        </Form>
      </Card>
    </Page>
  );
}
