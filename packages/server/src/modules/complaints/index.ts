import { registerCareSource } from '../visits';
import { clarifiedCareSource } from './clarified.care-source';

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

// Loaded once with the module (ESM caches it): cleared cadres join the care candidates without visits knowing complaints.
registerCareSource(clarifiedCareSource);
