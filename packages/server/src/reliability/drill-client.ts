import type { JobView } from '@dandang/shared/jobs/job.schema';
import { CookieJar } from '@dandang/shared/platform/cookie-jar';
import { CSRF_COOKIE, CSRF_HEADER } from '../modules/auth';
import { DRILL_PASSWORD } from './server-process';

/**
 * A signed-in browser as far as the server can tell: the cookies it was given and the CSRF header echoed on writes.
 * `baseUrl` can be pointed at another instance mid-session, as a load balancer would send the next request elsewhere.
 */
export class DrillClient {
  private readonly cookies = new CookieJar();

  constructor(public baseUrl: string) {}

  static async signIn(baseUrl: string, username: string, password = DRILL_PASSWORD): Promise<DrillClient> {
    const client = new DrillClient(baseUrl);
    await client.json('POST', '/api/v1/auth/login', { username, password });
    return client;
  }

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookies.header() };
    const csrf = this.cookies.get(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
    const isForm = body instanceof FormData;
    if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : isForm ? body : JSON.stringify(body) });
    this.cookies.absorb(res);
    return res;
  }

  /** The answer's JSON; anything but 2xx is an error carrying the status and body. */
  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.request(method, path, body);
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  /** Polls a background job until `isDone` (by default: it left `running`). */
  async waitForJob(jobId: string, isDone: (job: JobView) => boolean = (j) => j.status !== 'running', pollMs = 200): Promise<JobView> {
    for (;;) {
      const job = await this.json<JobView>('GET', `/api/v1/jobs/${jobId}`);
      if (isDone(job) || job.status !== 'running') return job;
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }
}
