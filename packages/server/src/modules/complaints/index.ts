import { registerKpiSource } from '../dashboard';
import { registerCareSource } from '../visits';
import { clarifiedCareSource } from './clarified.care-source';
import { clarificationsCompleted } from './clarified.kpi';

export { accusedOf } from './complaints.repository';
export { complaintRoutes } from './complaints.routes';
export {
  complaintAccused,
  complaintClarifications,
  complaintCorrectedMeasures,
  complaintFalseAccusations,
  complaintIdentities,
  complaintNotes,
  complaints,
} from './complaints.tables';

// Loaded once with the module (ESM caches it): cleared cadres join the care candidates and 动态监测 without visits or
// the dashboard knowing complaints.
registerCareSource(clarifiedCareSource);
registerKpiSource(clarificationsCompleted);
