import { addDays, addMonthsClamped, isBefore } from '@dandang/shared/dates/date';
import { POSTS } from './demo-county.data';
import type { Random } from './random';

/**
 * 任职经历 of the demo county: the current post and one to three earlier ones, each held two years or more, climbing
 * the unit's post table towards the current post. Most people have held their current post for one to nine years;
 * about one in twelve for ten or more, and some posts are key posts (关键岗位), so that rotation alerts have people to
 * show.
 */

export interface CareerUnit {
  id: string;
  name: string;
  type: string;
}

export interface CareerCadre {
  id: string;
  unit_id: string;
  post: string;
  work_started_on: string;
}

export interface PostRow {
  /** The current post's id comes from the seed; earlier posts take the database's (fewer draws, same histories). */
  id?: string;
  cadre_id: string;
  unit_id: string;
  unit_name: string;
  post: string;
  rank: string;
  started_on: string;
  ended_on: string | null;
  is_key: boolean;
  version: number;
}

const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
const laterOf = (a: string, b: string) => (isBefore(a, b) ? b : a);

const postsOf = (type: string) => POSTS[type] ?? (POSTS.government as Array<readonly [string, string, number]>);

/** Leadership posts sit at the top of each unit type's post table; they are the ones that can be key posts. */
const LEADING_ROWS = 3;

/**
 * Sets the current post's start (and key flag) and returns the earlier posts. `current` is the cadre's open post row,
 * changed in place so the caller's rows stay the ones inserted.
 */
export function planCareer(random: Random, cadre: CareerCadre, current: PostRow, units: readonly CareerUnit[], today: string): PostRow[] {
  const tenure = random.next() < 0.08 ? random.int(120, 192) : random.int(12, 108);
  const start = laterOf(addMonthsClamped(today, -tenure), addMonthsClamped(cadre.work_started_on, 6));
  current.started_on = isBefore(today, start) ? today : start;
  const own = units.find((u) => u.id === cadre.unit_id) as CareerUnit;
  const rowIndex = Math.max(
    0,
    postsOf(own.type).findIndex(([post]) => post === cadre.post),
  );
  current.is_key = rowIndex < LEADING_ROWS && random.next() < 0.25;

  const span = monthsBetween(cadre.work_started_on, current.started_on);
  const room = Math.min(3, Math.floor(span / 24));
  if (room < 1) return [];
  const count = random.int(1, room);
  const others = units.filter((u) => u.id !== own.id);
  const earlier: PostRow[] = [];
  let next = current.started_on;
  for (let i = 1; i <= count; i++) {
    // Posts going back in time: each one rung lower on its unit's table, the oldest starting on the first work day.
    // At the bottom rung there is no lower post in the same unit: the earlier one was the same post elsewhere.
    const lowest = rowIndex + i >= postsOf(own.type).length;
    const unit = !lowest && random.next() < 0.6 ? own : (random.pick(others) as CareerUnit);
    const table = postsOf(unit.type);
    const [post, rank] = table[Math.min(table.length - 1, rowIndex + i)] as readonly [string, string, number];
    const share = Math.floor(span / (count + 1));
    const started = i === count ? cadre.work_started_on : addMonthsClamped(next, -Math.max(24, share + random.int(-6, 6)));
    const startedOn = isBefore(started, cadre.work_started_on) ? cadre.work_started_on : started;
    earlier.push({
      cadre_id: cadre.id,
      unit_id: unit.id,
      unit_name: unit.name,
      post,
      rank,
      started_on: startedOn,
      ended_on: addDays(next, -1),
      is_key: rowIndex + i < LEADING_ROWS && random.next() < 0.15,
      version: 1,
    });
    next = startedOn;
    if (!isBefore(cadre.work_started_on, next)) break;
  }
  return earlier;
}
