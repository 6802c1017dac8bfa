/** The notifications module's public surface for other parts of the app: the header's unread bell. */
export { InboxBell } from './components/InboxBell';
