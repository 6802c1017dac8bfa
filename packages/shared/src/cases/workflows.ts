import { ACCOUNTABILITY_WORKFLOW } from '../accountability/accountability.states';
import { ADJUSTMENT_WORKFLOW } from '../accountability/adjustment.states';
import { COMPLAINT_WORKFLOW } from '../complaints/complaint.states';
import { TOLERANCE_WORKFLOW } from '../tolerance/tolerance.states';
import type { CaseType, Workflow } from './workflow';

/** Every case type's workflow, for what the engine does the same for all: the timeline, files, links, due lists. */
export const WORKFLOWS: Readonly<Record<CaseType, Workflow>> = {
  TOLERANCE: TOLERANCE_WORKFLOW as Workflow,
  ACCOUNTABILITY: ACCOUNTABILITY_WORKFLOW as Workflow,
  ADJUSTMENT: ADJUSTMENT_WORKFLOW as Workflow,
  COMPLAINT: COMPLAINT_WORKFLOW as Workflow,
};
