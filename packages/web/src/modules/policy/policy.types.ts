import type { PolicyDocument } from '@dandang/shared/policy/policy.schema';

export type PolicyStatus = 'draft' | 'active' | 'retired';

export interface PolicySummary {
  id: string;
  jurisdictionId: string | null;
  code: string;
  versionNo: number;
  name: string;
  status: PolicyStatus;
  effectiveFrom: string | null;
  basedOnId: string | null;
  updatedAt: string;
  version: number;
}

export interface Policy extends PolicySummary {
  document: PolicyDocument;
}

export interface ValidationResult {
  valid: boolean;
  issues: { path: string; message: string }[];
}

/** What the editor form holds: the version's name beside its document. */
export interface PolicyFormValues {
  name: string;
  document: PolicyDocument;
}

export type { PolicyDocument };
