import type { SubmissionKind } from '@dandang/shared/participation/participation.codes';
import type { SubmitBody } from '@dandang/shared/participation/participation.schema';
import type { ChallengeView, PublicCategoryView, SubmittedView } from '@dandang/shared/participation/participation-view.schema';
import { Alert, Button, Form, Input, Radio, Result, Segmented, Select, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { AuthShell } from '../../../platform/ui/AuthShell';
import { ChallengeField } from '../components/ChallengeField';
import { participationApi } from '../hooks/participationApi';

type Values = Omit<SubmitBody, 'kind' | 'challengeToken' | 'anonymous'> & { signed: 'anonymous' | 'named' };

const INTRO: Record<SubmissionKind, string> = {
  IDEA: '欢迎为本地发展建言献策。可以实名（便于回访和奖励），也可以匿名提交。',
  APPEAL: '企业在生产经营中遇到的困难和问题，请如实填写企业信息，承办单位将在规定时限内答复。',
};

/**
 * 群众金点子与企业诉求的提交页 (no account, phone-first): the kind, the category that routes it, the text, who is
 * asking, and the server's challenge. The query code is shown once after sending; only its hash is kept.
 */
export function PublicSubmitPage() {
  const [kind, setKind] = useState<SubmissionKind>('IDEA');
  const [categories, setCategories] = useState<PublicCategoryView[]>([]);
  const [challenge, setChallenge] = useState<ChallengeView | null>(null);
  const [done, setDone] = useState<SubmittedView | null>(null);
  const [busy, setBusy] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const handleError = useApiErrorHandler();
  const signed = Form.useWatch('signed', form);

  const refreshChallenge = useCallback(async () => {
    form.setFieldValue('challengeAnswer', undefined);
    try {
      setChallenge(await participationApi.challenge());
    } catch {
      setLoadError('验证题加载失败，请稍后刷新页面');
    }
  }, [form]);

  useEffect(() => {
    form.resetFields(['categoryId']);
    participationApi
      .publicCategories(kind)
      .then(setCategories)
      .catch(() => setLoadError('类别加载失败，请稍后刷新页面'));
  }, [kind, form]);

  useEffect(() => {
    void refreshChallenge();
  }, [refreshChallenge]);

  const send = async (values: Values) => {
    if (!challenge) return;
    setBusy(true);
    const { signed: how, ...rest } = values;
    const anonymous = kind === 'IDEA' && how === 'anonymous';
    try {
      const body: SubmitBody = {
        ...rest,
        kind,
        anonymous,
        ...(anonymous ? { contactName: undefined, phone: undefined } : {}),
        creditCode: rest.creditCode?.trim().toUpperCase() || undefined,
        challengeToken: challenge.token,
        challengeAnswer: Number(values.challengeAnswer),
      };
      setDone(await participationApi.submit(body));
    } catch (error) {
      handleError(error, { form });
      // The server spends the challenge on every attempt that reaches it: ask a new one.
      void refreshChallenge();
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <AuthShell title="提交成功" wide>
        <Result
          status="success"
          title="您的意见已收到"
          subTitle={`已转交 ${done.unitName} 办理，答复期限为 ${done.dueOn}${done.dueProvisional ? '（节假日安排未公布，期限为预估）' : ''}。`}
          style={{ padding: '8px 0' }}
        />
        <Space direction="vertical" size="middle" style={{ width: '100%', textAlign: 'center' }}>
          <Typography.Text>请记下查询码，凭码查询办理进度（查询码只显示这一次）：</Typography.Text>
          <Typography.Text copyable strong style={{ fontSize: 24, letterSpacing: 2 }} data-testid="query-code">
            {done.queryCode}
          </Typography.Text>
          <Link to={`/participate/track/${done.queryCode}`}>
            <Button type="primary" size="large" block>
              查询办理进度
            </Button>
          </Link>
          <Button
            size="large"
            block
            onClick={() => {
              form.resetFields();
              setDone(null);
              void refreshChallenge();
            }}
          >
            继续提交
          </Button>
        </Space>
      </AuthShell>
    );
  }

  return (
    <AuthShell title="群众金点子 · 企业诉求" wide footer={<Link to="/participate/track">已有查询码？查询办理进度</Link>}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Segmented<SubmissionKind>
          block
          size="large"
          value={kind}
          onChange={setKind}
          options={[
            { value: 'IDEA', label: '我有金点子' },
            { value: 'APPEAL', label: '企业诉求' },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {INTRO[kind]}
        </Typography.Paragraph>
        {loadError && <Alert type="error" showIcon message={loadError} />}
        <Form<Values> form={form} layout="vertical" onFinish={send} initialValues={{ signed: 'anonymous' }} size="large">
          <Form.Item name="categoryId" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
            <Select
              placeholder="请选择"
              notFoundContent="暂无可选类别"
              options={categories.map((c) => ({ value: c.id, label: `${c.name}（${c.unitName}办理）` }))}
            />
          </Form.Item>
          <Form.Item name="title" label="标题" rules={[{ required: true, min: 4, message: '请填写标题（至少 4 个字）' }]}>
            <Input maxLength={60} showCount placeholder="一句话概括" />
          </Form.Item>
          <Form.Item
            name="content"
            label={kind === 'IDEA' ? '建议内容' : '诉求内容'}
            rules={[{ required: true, min: 10, message: '请填写内容（至少 10 个字）' }]}
          >
            <Input.TextArea
              rows={5}
              maxLength={2000}
              showCount
              placeholder={kind === 'IDEA' ? '现状、问题和您的建议' : '遇到的困难、已做过的努力和希望得到的帮助'}
            />
          </Form.Item>
          {kind === 'IDEA' ? (
            <Form.Item name="signed" label="署名方式">
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={[
                  { value: 'anonymous', label: '匿名' },
                  { value: 'named', label: '实名' },
                ]}
              />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="enterpriseName" label="企业名称" rules={[{ required: true, message: '请填写企业名称' }]}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="creditCode" label="统一社会信用代码" rules={[{ required: true, len: 18, message: '请填写 18 位统一社会信用代码' }]}>
                <Input maxLength={18} style={{ textTransform: 'uppercase' }} />
              </Form.Item>
            </>
          )}
          {(kind === 'APPEAL' || signed === 'named') && (
            <>
              <Form.Item name="contactName" label={kind === 'APPEAL' ? '联系人' : '姓名'} rules={[{ required: true, message: '请填写姓名' }]}>
                <Input maxLength={30} autoComplete="name" />
              </Form.Item>
              <Form.Item name="phone" label="联系电话" rules={[{ required: true, message: '请填写联系电话' }]} extra="仅承办单位回访时使用，加密保存">
                <Input maxLength={20} inputMode="tel" autoComplete="tel" />
              </Form.Item>
            </>
          )}
          <ChallengeField challenge={challenge} onRefresh={refreshChallenge} />
          <Button type="primary" htmlType="submit" block loading={busy} disabled={!challenge}>
            提交
          </Button>
        </Form>
      </Space>
    </AuthShell>
  );
}
