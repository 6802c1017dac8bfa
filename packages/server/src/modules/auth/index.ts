export { CSRF_COOKIE, CSRF_HEADER, registerAuthHook, SESSION_COOKIE } from './auth.hook';
export { deleteUserSessions, findUserByUsername, loadActor } from './auth.repository';
export { authRoutes } from './auth.routes';
export { login } from './auth.service';
export { loginLog, sessions } from './auth.tables';
