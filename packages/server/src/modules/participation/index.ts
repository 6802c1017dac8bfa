import { registerIndicatorFeed } from '../assessment';
import { registerKpiSource } from '../dashboard';
import { registerSweepSource } from '../notifications';
import { participationFeeds } from './assessment-feeds';
import { appealsOverdue, ideasAdopted, ideasReceived } from './participation.kpi';
import { replyDueSource } from './participation.notices';

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

// Loaded once with the module (ESM caches it): the figures of 动态监测, the reply reminders and the assessment's
// indicator feeds, so neither the dashboard, the inbox nor the assessment needs to know this module.
registerKpiSource(ideasReceived);
registerKpiSource(ideasAdopted);
registerKpiSource(appealsOverdue);
registerSweepSource(replyDueSource);
for (const feed of participationFeeds) registerIndicatorFeed(feed);
