import { registerSignalSource } from '../assessment';
import { honorSignals } from './cadre-honors.service';

export { honorDocumentRoutes } from './honor-documents.routes';
export { honorRoutes } from './honors.routes';
export { honorCampaigns, honorNominations, honorObjections, honorQuotas } from './honors.tables';
export { honorPublicRoutes } from './honors-public.routes';

// Loaded once with the module (ESM caches it): published honors become the assessment's HONOR bonus items.
registerSignalSource('HONOR', honorSignals);
