import type { FastifyRequest } from 'fastify';

/**
 * URLs as the request log writes them. A one-time ballot code travels in the path (`/ballot/<code>` from a QR code,
 * `/api/v1/public/ballots/<code>`); logged with the time and the address, it would tie a code to its holder, which
 * democratic evaluation must never allow (ADR 0014). The code is replaced before the line is written.
 */
export function logSafeUrl(url: string): string {
  return url.replace(/(\/ballots?\/)[^/?#]+/i, '$1***');
}

/** Fastify's request serializer with the URL made log-safe. */
export function serializeRequest(req: FastifyRequest) {
  return { method: req.method, url: logSafeUrl(req.url), host: req.host, remoteAddress: req.ip, remotePort: req.socket?.remotePort };
}
