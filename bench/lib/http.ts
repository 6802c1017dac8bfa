import http from 'node:http';
import { CookieJar } from '@dandang/shared/platform/cookie-jar';

/** Kept-alive connections for the load loops: one per concurrent client, reused for every request. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** A signed-in HTTP client as the web app is one: session cookie plus the CSRF header. */
export class Session {
  private readonly cookies = new CookieJar();

  constructor(readonly baseUrl: string) {}

  headers(extra: Record<string, string> = {}): Record<string, string> {
    const headers: Record<string, string> = { cookie: this.cookies.header(), ...extra };
    const csrf = this.cookies.get('dd_csrf');
    if (csrf) headers['x-csrf-token'] = csrf;
    return headers;
  }

  async fetch(method: string, path: string, body?: unknown): Promise<Response> {
    const isForm = body instanceof FormData;
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: this.headers(body === undefined || isForm ? {} : { 'content-type': 'application/json' }),
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
    this.cookies.absorb(res);
    return res;
  }

  /**
   * A GET for load loops, answering the status once the body is read. It uses node:http on kept-alive connections
   * rather than fetch: the load generator shares the machine with the server and the database, and fetch costs it
   * several times the CPU per request, which the server's figures would pay for.
   */
  get(path: string): Promise<number> {
    return this.send('GET', path, this.headers());
  }

  /** A JSON POST for load loops over the same kept-alive connections, answering the status once the body is read. */
  post(path: string, body: unknown): Promise<number> {
    const payload = JSON.stringify(body);
    return this.send('POST', path, this.headers({ 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }), payload);
  }

  private send(method: string, path: string, headers: Record<string, string>, payload?: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = http.request(`${this.baseUrl}${path}`, { method, agent, headers }, (res) => {
        res.on('data', () => {});
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.fetch(method, path, body);
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  static async login(baseUrl: string, username: string, password: string): Promise<Session> {
    const session = new Session(baseUrl);
    await session.json('POST', '/api/v1/auth/login', { username, password });
    return session;
  }
}

export interface JobView {
  id: string;
  status: 'running' | 'succeeded' | 'failed';
  phase: string;
  done: number;
  total: number | null;
  summary: unknown;
  error: unknown;
}

/** Polls a background job until it leaves `running`; a failed job is an error. */
export async function waitForJob(session: Session, jobId: string, isDone: (job: JobView) => boolean = (j) => j.status !== 'running'): Promise<JobView> {
  for (;;) {
    const job = await session.json<JobView>('GET', `/api/v1/jobs/${jobId}`);
    if (job.status === 'failed') throw new Error(`job ${jobId} failed: ${JSON.stringify(job.error)}`);
    if (isDone(job)) return job;
    await new Promise((r) => setTimeout(r, 200));
  }
}
