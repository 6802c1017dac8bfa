import { registerSignalSource } from '../assessment';
import { registerTimelineSource } from '../cadres';
import { registerKpiSource } from '../dashboard';
import { registerSweepSource } from '../notifications';
import { honorSignals } from './cadre-honors.service';
import { honorsPublished } from './honors.kpi';
import { publishableSource } from './honors.sweep';
import { honorsTimelineSource } from './honors.timeline';

export { honorDocumentRoutes } from './honor-documents.routes';
export { honorRoutes } from './honors.routes';
export { honorCampaigns, honorNominations, honorObjections, honorQuotas } from './honors.tables';
export { honorPublicRoutes } from './honors-public.routes';

// Loaded once with the module (ESM caches it): published honors become the assessment's HONOR bonus items, entries of
// the profile timeline and a figure of 动态监测; an ended notice reminds the organizers. None of those modules knows honors.
registerSignalSource('HONOR', honorSignals);
registerTimelineSource(honorsTimelineSource);
registerKpiSource(honorsPublished);
registerSweepSource(publishableSource);
