import { registerKpiSource } from '../dashboard';
import { registerSweepSource } from '../notifications';
import { appealsOverdue, ideasAdopted, ideasReceived } from './participation.kpi';
import { replyDueSource } from './participation.notices';

export { type IndicatorPeriod, unitIndicatorFigures } from './indicators.service';
export { participationRoutes } from './participation.routes';
export {
  participationCategories,
  participationChallenges,
  participationEvents,
  participationMilestones,
  participationRewards,
  participationSettings,
  participationSubmissions,
} from './participation.tables';

// Loaded once with the module (ESM caches it): the figures of 动态监测 and the reply reminders, so neither the
// dashboard nor the inbox needs to know this module.
registerKpiSource(ideasReceived);
registerKpiSource(ideasAdopted);
registerKpiSource(appealsOverdue);
registerSweepSource(replyDueSource);
