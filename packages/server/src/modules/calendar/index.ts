export { loadWorkCalendar } from './calendar.repository';
export { calendarRoutes } from './calendar.routes';
export { seedShippedCalendar } from './calendar.service';
export { calendarDays, calendarYears } from './calendar.tables';
