import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { logout, logoutAll, ME_QUERY_KEY } from './auth.api';

/**
 * Ends this session or every session of the user, then forgets all cached data: the next person at this browser
 * must not see the previous user's pages from the cache.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  return useCallback(
    async (which: 'this' | 'all') => {
      try {
        await (which === 'all' ? logoutAll() : logout());
      } catch {
        // The session may already be gone server-side; signing out locally is still right.
      }
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, null);
      if (which === 'all') message.success('已退出所有设备');
      navigate('/login', { replace: true });
    },
    [queryClient, navigate, message],
  );
}
