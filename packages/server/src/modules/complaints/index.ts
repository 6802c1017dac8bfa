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
