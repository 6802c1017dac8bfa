import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { T } from '../i18n/zh-CN';
import { useAuth } from '../platform/auth/AuthContext';
import { PageLoading } from './PageLoading';

export function loginPathFor(from: string): string {
  return from && from !== '/' ? `/login?from=${encodeURIComponent(from)}` : '/login';
}

/**
 * Lets only a signed-in user through, and only to the change-password page while the server still demands a new
 * password (every other API call would answer AUTH_PASSWORD_CHANGE_REQUIRED anyway).
 */
export function RequireAuth({ children, allowPasswordChange = false }: { children: ReactNode; allowPasswordChange?: boolean }) {
  const { me, isLoading, error, refresh } = useAuth();
  const location = useLocation();
  if (isLoading) return <PageLoading />;
  if (error) {
    return (
      <div style={{ maxWidth: 480, margin: '80px auto', padding: 16 }}>
        <Alert
          type="error"
          showIcon
          message={T.loadFailed}
          description={error instanceof Error ? error.message : T.unknownError}
          action={<Button onClick={() => refresh()}>{T.reload}</Button>}
        />
      </div>
    );
  }
  if (!me) return <Navigate to={loginPathFor(location.pathname + location.search)} replace />;
  if (me.mustChangePassword && !allowPasswordChange) return <Navigate to="/change-password" replace />;
  return <>{children}</>;
}
