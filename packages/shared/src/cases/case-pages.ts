import type { CaseType } from './workflow';

/**
 * The page of each case type in the web app: where a case's number links, where a message or a dashboard row about a
 * case leads. One map, so a link never points at a page the router does not have.
 */
const CASE_PAGES: Record<CaseType, string> = {
  TOLERANCE: '/tolerance/cases',
  ACCOUNTABILITY: '/accountability/cases',
  ADJUSTMENT: '/accountability/adjustments',
  COMPLAINT: '/complaints',
};

export function casePagePath(type: CaseType, id: string): string {
  return `${CASE_PAGES[type]}/${id}`;
}
