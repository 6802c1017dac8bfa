import type { FormInstance } from 'antd';
import type { FieldIssue } from '../api/api-error';

export type NamePathPart = string | number;

/** `items.2.label` and `items[2].label` both become `['items', 2, 'label']`, the antd form name path. */
export function toNamePath(path: string): NamePathPart[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export interface FieldErrorOptions {
  /** Maps a server path to the form's name path (e.g. strip `document.`); `null` skips the issue. */
  mapPath?: (path: string) => NamePathPart[] | null;
}

/**
 * Shows each server-side field error under its own input. Returns the issues no input of the form displays, so the
 * caller can list them elsewhere rather than lose them.
 */
export function applyFieldErrors(form: FormInstance, issues: FieldIssue[], options: FieldErrorOptions = {}): FieldIssue[] {
  const grouped = new Map<string, { name: NamePathPart[]; errors: string[] }>();
  const unmatched: FieldIssue[] = [];
  for (const issue of issues) {
    const name = options.mapPath ? options.mapPath(issue.path) : toNamePath(issue.path);
    if (!name || name.length === 0) {
      unmatched.push(issue);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = grouped.get(key) ?? { name, errors: [] };
    entry.errors.push(issue.message);
    grouped.set(key, entry);
  }
  form.setFields([...grouped.values()].map(({ name, errors }) => ({ name, errors })));
  // setFields silently ignores names no Form.Item renders; those must be reported some other way.
  for (const [key, { name, errors }] of grouped) {
    if (form.getFieldError(name).length === 0) {
      for (const message of errors) unmatched.push({ path: (JSON.parse(key) as NamePathPart[]).join('.'), message });
    }
  }
  return unmatched;
}
