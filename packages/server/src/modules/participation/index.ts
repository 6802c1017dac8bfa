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
