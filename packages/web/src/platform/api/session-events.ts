/**
 * The API client lives outside React, but leaving the session (401) or being forced to change the password must move
 * the router and clear cached data. The app registers how; until then the client falls back to a full page load.
 */
export type SessionEvent = 'unauthorized' | 'password-change-required';

type Handler = (event: SessionEvent) => void;

let handler: Handler | null = null;

export function setSessionEventHandler(next: Handler | null): void {
  handler = next;
}

export function emitSessionEvent(event: SessionEvent): void {
  if (handler) {
    handler(event);
    return;
  }
  const target = event === 'unauthorized' ? '/login' : '/change-password';
  if (window.location.pathname !== target) window.location.assign(target);
}
