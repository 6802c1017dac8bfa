import type { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';

/** One bad field: `path` joins the keys and indexes with dots (`0.measures.1.code`); '' is the input itself. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export interface RuleError {
  code: string;
  message: string;
  details?: unknown;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

// Passed per parse rather than set globally, so that importing shared never changes zod for the whole process.
const chineseMessages = zhCN().localeError;

/** A zod error option that tells a missing field apart from a wrong one. */
export function expecting(message: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? '缺少必填字段' : message) };
}

export function pathOf(segments: ReadonlyArray<PropertyKey>): string {
  return segments.map(String).join('.');
}

/** Zod issues as ValidationIssues, one per bad field (an unknown key is named by its own path). */
export function issuesOf(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): ValidationIssue[] {
  return error.issues.flatMap((issue) => {
    const at = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: pathOf([...at, key]), message: '不允许的字段' }));
    }
    return [{ path: pathOf(at), message: issue.message }];
  });
}

export function parseWith<S extends z.ZodType>(schema: S, raw: unknown, prefix: ReadonlyArray<PropertyKey> = []): Parsed<z.output<S>> {
  const parsed = schema.safeParse(raw, { error: chineseMessages });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: issuesOf(parsed.error, prefix) };
}

export function validationFailed(issues: ValidationIssue[], subject = '输入'): RuleError {
  const list = issues.map((i) => `${i.path || '（整体）'}：${i.message}`).join('；');
  return {
    code: 'VALIDATION_FAILED',
    message: `${subject}有 ${issues.length} 处错误：${list}`,
    details: { issues },
  };
}
