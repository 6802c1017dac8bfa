/** The server sets `dd_csrf` readable by JS; echoing it in a header proves the request came from our own pages. */
export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

export const CSRF_COOKIE = 'dd_csrf';
export const CSRF_HEADER = 'x-csrf-token';
