import { type NamePathPart, toNamePath } from '../../platform/forms/field-errors';
import { fieldLabel, SECTION_TITLES } from './policy-labels';

/**
 * Server paths come relative to the request body (`document.quota.x`, `name`) or to the document (`quota.x`, from
 * validate). The form keeps the version name at `name` (and mirrors it into document.name), the rest under `document`.
 */
export function policyFieldPath(path: string): NamePathPart[] {
  const parts = toNamePath(path);
  const inDocument = parts[0] === 'document' ? parts.slice(1) : parts;
  if (inDocument.length === 1 && inDocument[0] === 'name') return ['name'];
  return ['document', ...inDocument];
}

/** "等次比例 · 优秀等次比例" for the issue list above the form. */
export function describeIssuePath(path: string): string {
  const [, ...inDocument] = policyFieldPath(path);
  if (inDocument.length === 0) return fieldLabel(['name']);
  const section = typeof inDocument[0] === 'string' ? SECTION_TITLES[inDocument[0]] : undefined;
  const label = fieldLabel(inDocument);
  return section ? `${section} · ${label}` : label;
}
