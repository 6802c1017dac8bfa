import { onCaseStepped, onParticipantsAdded } from '../cases';
import { notifyAssigned, notifyClosed } from './case-listeners';
import { barEndingSource } from './sweep/bar-ending.source';
import { caseDueSource } from './sweep/case-due.source';
import { registerSweepSource } from './sweep/sweep-sources';
import { visitOverdueSource } from './sweep/visit-overdue.source';

export { announcementRoutes } from './announcements.routes';
export { notificationRoutes } from './notifications.routes';
export { registerSweep, type SweepOptions } from './notifications.scheduler';
export { announcements, announcementUnits, notifications } from './notifications.tables';
export { type Message, notify } from './notify.service';
export { holdersIn, holdersOver } from './recipients.repository';
export { registerSweepSource, type SweepSource } from './sweep/sweep-sources';

// Loaded once with the module (ESM caches it): the shipped sweep sources, and the case engine's events.
registerSweepSource(caseDueSource);
registerSweepSource(barEndingSource);
registerSweepSource(visitOverdueSource);
onParticipantsAdded(notifyAssigned);
onCaseStepped(notifyClosed);
