import { cyclePeriod } from '@dandang/shared/assessment/cycle.rules';
import type { IndicatorDefinition, IndicatorFeedView } from '@dandang/shared/assessment/indicator.schema';
import type { FedFigure } from '@dandang/shared/assessment/score-sheet.rules';
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import type { CategorySheet, CycleContext } from './cycle-context';

/*
 * Quantitative indicators other modules measure (issue 8 item 3: reply speed, resolution rate and satisfaction of
 * enterprise appeals and ideas per unit). A module registers a feed from its own index, as signal sources are; an
 * indicator names the feed's code, and a unit participant's result for it is the feed's figure for the unit and the
 * cycle's period. Feeds count units, so schemes that assess cadres refuse fed indicators (schemes.service).
 */
export interface IndicatorFeed extends IndicatorFeedView {
  /** The figure of each unit the subquery names that has one, for the period as of `asOf` (what is overdue by then). */
  read: (db: Executor, units: SQL, period: { from: string; to: string }, asOf: Date) => Promise<Map<string, number>>;
}

const FEEDS = new Map<string, IndicatorFeed>();

export function registerIndicatorFeed(feed: IndicatorFeed): void {
  if (FEEDS.has(feed.code)) throw new Error(`indicator feed ${feed.code} registered twice`);
  FEEDS.set(feed.code, feed);
}

export const indicatorFeeds = (): IndicatorFeedView[] => [...FEEDS.values()].map(({ code, label, unit }) => ({ code, label, unit }));

export const isIndicatorFeed = (code: string): boolean => FEEDS.has(code);

export const feedOf = (definition: IndicatorDefinition): string | undefined => (definition.kind === 'QUANTITATIVE' ? definition.feed : undefined);

/** Figures by feed code, then by unit id. */
export type FeedValues = Map<string, Map<string, number>>;

/**
 * Every feed the cycle's sheets name, read once for the units a subquery names (a cycle's unit participants, or one
 * unit): one query per feed in use whatever the number of units, none when no indicator is fed.
 */
export async function feedValues(db: Executor, context: CycleContext, units: SQL, asOf: Date): Promise<FeedValues> {
  const codes = new Set([...context.sheets.values()].flatMap((sheet) => sheet.items.flatMap((item) => feedOf(item.definition) ?? [])));
  const period = cyclePeriod(context.cycle);
  const values: FeedValues = new Map();
  for (const code of codes) {
    const feed = FEEDS.get(code);
    if (feed) values.set(code, await feed.read(db, units, period, asOf));
  }
  return values;
}

/**
 * What the feeds give one unit's sheet, by indicator id. A feed no longer registered gives no figure, which the score
 * explains like a period without data.
 */
export function fedFiguresOf(sheet: CategorySheet, values: FeedValues, unitId: string): Record<string, FedFigure> {
  const figures: Record<string, FedFigure> = {};
  for (const item of sheet.items) {
    const code = feedOf(item.definition);
    if (code) figures[item.indicatorId] = { label: FEEDS.get(code)?.label ?? code, value: values.get(code)?.get(unitId) ?? null };
  }
  return figures;
}

/** One unit, as a subquery. */
export const oneUnit = (unitId: string): SQL => sql`select ${unitId}::uuid`;
