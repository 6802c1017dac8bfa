import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { APP_NAME } from '../../../i18n/zh-CN';
import { ApiError } from '../../../platform/api/api-error';
import { useAuth } from '../../../platform/auth/AuthContext';
import { login } from '../../../platform/auth/auth.api';
import { AuthShell } from '../../../platform/ui/AuthShell';

interface LoginValues {
  username: string;
  password: string;
}

/** Only same-site paths, so a crafted `?from=//evil.example` cannot bounce the user elsewhere after login. */
function safeFrom(from: string | null): string {
  return from?.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/';
}

/** The server's sentence, plus the unlock time for a locked account. */
function describeLoginError(error: unknown): string {
  if (!(error instanceof ApiError)) return '登录失败，请稍后重试';
  // The server's sentence may already name the unlock time; add it only when it does not.
  if (error.code === 'AUTH_LOCKED' && typeof error.details?.lockedUntil === 'string' && !/\d{1,2}:\d{2}/.test(error.message)) {
    return `${error.message}，请于 ${dayjs(error.details.lockedUntil).format('YYYY-MM-DD HH:mm')} 后再试`;
  }
  return error.message;
}

export function LoginPage() {
  const [form] = Form.useForm<LoginValues>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { setMe } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();

  useEffect(() => {
    document.title = `登录 · ${APP_NAME}`;
  }, []);

  const submit = async ({ username, password }: LoginValues) => {
    setSubmitting(true);
    setError(null);
    try {
      const { user } = await login(username.trim(), password);
      setMe(user);
      navigate(user.mustChangePassword ? '/change-password' : safeFrom(params.get('from')), { replace: true });
    } catch (caught) {
      setError(describeLoginError(caught));
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthShell title="用户登录" footer="请使用本单位分配的账号登录。连续多次输错密码，账号将被临时锁定。">
      <Form form={form} name="login" layout="vertical" requiredMark={false} onFinish={submit} size="large">
        <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={128} />
        </Form.Item>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <Form.Item style={{ marginBottom: 8 }}>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            登录
          </Button>
        </Form.Item>
      </Form>
    </AuthShell>
  );
}
