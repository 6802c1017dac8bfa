import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import { fetchMe, ME_QUERY_KEY } from './auth.api';
import type { Me } from './auth.types';

export interface AuthState {
  /** `undefined` while loading, `null` when nobody is signed in. */
  me: Me | null | undefined;
  isLoading: boolean;
  error: unknown;
  /** Put a user into the cache right after login, saving a round trip to /auth/me. */
  setMe: (me: Me | null) => void;
  refresh: () => Promise<unknown>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
  const setMe = useCallback((me: Me | null) => queryClient.setQueryData(ME_QUERY_KEY, me), [queryClient]);
  const { refetch } = query;
  const value = useMemo<AuthState>(
    () => ({ me: query.data, isLoading: query.isPending, error: query.error, setMe, refresh: refetch }),
    [query.data, query.isPending, query.error, setMe, refetch],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside <AuthProvider>');
  return state;
}

/** The signed-in user; only for components rendered behind <RequireAuth>, where the user is known. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe used outside an authenticated route');
  return me;
}
