import { checkPassword } from '@dandang/shared/org/password.rules';
import { Alert, App as AntdApp, Button, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { APP_NAME, T } from '../../../i18n/zh-CN';
import { ApiError } from '../../../platform/api/api-error';
import { useAuth, useMe } from '../../../platform/auth/AuthContext';
import { changePassword } from '../../../platform/auth/auth.api';
import { useSignOut } from '../../../platform/auth/useSignOut';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { AuthShell } from '../../../platform/ui/AuthShell';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordPage() {
  const me = useMe();
  const { refresh } = useAuth();
  const [form] = Form.useForm<ChangePasswordValues>();
  const [submitting, setSubmitting] = useState(false);
  const handleError = useApiErrorHandler();
  const { message } = AntdApp.useApp();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const forced = me.mustChangePassword;

  useEffect(() => {
    document.title = `${T.changePassword} · ${APP_NAME}`;
  }, []);

  const submit = async (values: ChangePasswordValues) => {
    setSubmitting(true);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      message.success('密码已修改');
      await refresh();
      navigate('/', { replace: true });
    } catch (error) {
      // A wrong current password may come back as 401 AUTH_INVALID_CREDENTIALS rather than as a field error.
      if (error instanceof ApiError && error.code === 'AUTH_INVALID_CREDENTIALS') {
        form.setFields([{ name: 'currentPassword', errors: [error.message] }]);
      } else {
        handleError(error, { form });
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthShell title={T.changePassword}>
      {forced && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message="首次登录或密码已被重置，请先设置新密码" />}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 16 }}>
        新密码要求：
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {T.passwordRules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </Typography.Paragraph>
      <Form form={form} name="change-password" layout="vertical" requiredMark={false} onFinish={submit}>
        <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          rules={[
            { required: true, message: '请输入新密码' },
            {
              validator: async (_, value: string | undefined) => {
                // The rule the server enforces, run here too so every broken rule shows before submitting.
                const problems = value ? checkPassword(value, me.username) : [];
                if (problems.length > 0) throw new Error(`新密码${problems.map((p) => p.text).join('；')}`);
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item style={{ marginBottom: 8 }}>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            确认修改
          </Button>
        </Form.Item>
        {forced ? (
          <Button type="link" block onClick={() => signOut('this')}>
            {T.logout}
          </Button>
        ) : (
          <Button type="link" block onClick={() => navigate(-1)}>
            返回
          </Button>
        )}
      </Form>
    </AuthShell>
  );
}
