import type { PermissionCode } from '@dandang/shared/org/permissions';
import type { ToleranceOrigin } from '@dandang/shared/tolerance/tolerance.schema';
import type { ToleranceState } from '@dandang/shared/tolerance/tolerance.states';

/*
 * Who may do what to a tolerance case, and in which state (pure). The workflow table says who takes each step; these
 * are the module's own writes around it.
 */

/** An application needs `tolerance.apply` over the cadre; an ex officio start `tolerance.handle` ("谁问责、谁容错"). */
export const applyPermission = (exOfficio: boolean): PermissionCode => (exOfficio ? 'tolerance.handle' : 'tolerance.apply');

/** A cadre applying for themself, or their unit (or anyone else in scope) on their behalf. */
export function originOf(exOfficio: boolean, actorCadreId: string | null, subjectCadreId: string): ToleranceOrigin {
  if (exOfficio) return 'EX_OFFICIO';
  return actorCadreId === subjectCadreId ? 'SELF_APPLICATION' : 'UNIT_APPLICATION';
}

/** Tasks of the correction plan are updated only while correcting (they are drawn up from filing on). */
export const CORRECTION_UPDATE_STATES: readonly ToleranceState[] = ['CORRECTING'];

/**
 * The investigation's checklist and live recommendation are shown to those who handle or decide the case, and to
 * every reader (the applicant included) once the body has decided and the matter is no longer open.
 */
export const showsFacts = (worksOnCase: boolean, decided: boolean): boolean => worksOnCase || decided;
