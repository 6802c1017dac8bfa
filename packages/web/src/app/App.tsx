import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
// The ESM build: `antd/locale/zh_CN` is CommonJS and drags in antd/lib, whose Pagination strings then fail to load.
import zhCN from 'antd/es/locale/zh_CN';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router-dom';
import { setSessionEventHandler } from '../platform/api/session-events';
import { AuthProvider } from '../platform/auth/AuthContext';
import { ME_QUERY_KEY } from '../platform/auth/auth.api';
import { queryClient } from './query-client';
import { loginPathFor } from './RequireAuth';
import { router } from './router';
import { theme } from './theme';

/** When the server says the session is gone, drop every cached answer (they belong to that session) and sign in again. */
function useSessionEvents() {
  useEffect(() => {
    setSessionEventHandler((event) => {
      const here = window.location.pathname + window.location.search;
      if (event === 'unauthorized') {
        queryClient.cancelQueries();
        queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_QUERY_KEY[0] });
        queryClient.setQueryData(ME_QUERY_KEY, null);
        if (window.location.pathname !== '/login') void router.navigate(loginPathFor(here), { replace: true });
      } else if (window.location.pathname !== '/change-password') {
        void router.navigate('/change-password', { replace: true });
      }
    });
    return () => setSessionEventHandler(null);
  }, []);
}

export function App() {
  useSessionEvents();
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntdApp>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>
            <RouterProvider router={router} />
          </AuthProvider>
        </QueryClientProvider>
      </AntdApp>
    </ConfigProvider>
  );
}
