export interface FieldChange {
  before: unknown;
  after: unknown;
}

export interface OperationLog {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  changes: Record<string, FieldChange> | null;
  requestId: string | null;
  ip: string | null;
}

export type LoginResult = 'success' | 'bad_password' | 'locked' | 'unknown_user' | 'disabled';

export interface LoginLog {
  id: string;
  at: string;
  username: string;
  userId: string | null;
  ip: string | null;
  userAgent: string | null;
  event: 'login' | 'logout';
  result: LoginResult;
}
