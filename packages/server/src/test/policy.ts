import type { PolicyDocument } from '@dandang/shared/policy/policy.schema';
import { ok, signInSysAdmin } from './http';
import type { TestApp } from './test-app';

type Policy = { id: string; version: number; document: PolicyDocument };

/**
 * Puts a local policy in force from `effectiveFrom`, the active one with `change` applied, through the policy API as
 * a system administrator would: clone, edit, activate.
 */
export async function activateLocalPolicy(
  t: TestApp,
  change: (d: PolicyDocument) => void,
  effectiveFrom = '2026-01-01',
  /** A jurisdiction's own policy; by default a new version of the national one. */
  jurisdictionId?: string,
): Promise<void> {
  const admin = await signInSysAdmin(t);
  const active = ok<Policy>(await admin.get(`/api/v1/policies/effective?date=${effectiveFrom}`));
  const draft = ok<Policy>(await admin.post(`/api/v1/policies/${active.id}/clone`, { name: '测试用本地政策', ...(jurisdictionId ? { jurisdictionId } : {}) }));
  const document = structuredClone(draft.document);
  change(document);
  const saved = ok<Policy>(await admin.put(`/api/v1/policies/${draft.id}`, { name: '测试用本地政策', document, version: draft.version }));
  ok(await admin.post(`/api/v1/policies/${draft.id}/activate`, { effectiveFrom, version: saved.version }));
}
