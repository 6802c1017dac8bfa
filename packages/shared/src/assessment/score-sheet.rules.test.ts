import { describe, expect, it } from 'vitest';
import type { ScoreEntries } from './result.schema';
import { type FedFigure, type SheetOf, scoreParticipant } from './score-sheet.rules';

// Issue 8 item 3: a unit's reply rate, resolution rate and satisfaction are quantitative indicators fed by the
// participation module. A fed figure is the result whatever was typed; the target stays typed; the explanation says
// where the result came from, and a feed without a figure leaves the indicator unscored, saying so.
const sheet: SheetOf = {
  items: [
    {
      indicatorId: 'reply',
      name: '按期答复率',
      weight: 100,
      definition: { kind: 'QUANTITATIVE', unit: '%', direction: 'HIGHER_BETTER', rule: { method: 'LINEAR', capPercent: 100 }, feed: 'REPLY' },
    },
  ],
  adjustments: [],
  formula: 'indicators',
};
const typed = (actual?: number): ScoreEntries => ({ items: { reply: { target: 80, ...(actual === undefined ? {} : { actual }) } }, adjustments: {} });

describe('scoreParticipant with fed figures', () => {
  it.each<{ what: string; entries: ScoreEntries; fed: Record<string, FedFigure>; final: number | null; text: string }>([
    { what: 'the typed result without a feed', entries: typed(40), fed: {}, final: 50, text: '得 50 分' },
    {
      what: 'the fed figure over the typed one',
      entries: typed(40),
      fed: { reply: { label: '按期答复率', value: 60 } },
      final: 75,
      text: '完成值 60% 取自“按期答复率”',
    },
    {
      what: 'the fed figure when nothing was typed',
      entries: typed(),
      fed: { reply: { label: '按期答复率', value: 80 } },
      final: 100,
      text: '取自“按期答复率”',
    },
    {
      what: 'no figure leaves it unscored',
      entries: typed(40),
      fed: { reply: { label: '按期答复率', value: null } },
      final: null,
      text: '数据来源“按期答复率”本期无数据',
    },
  ])('$what', ({ entries, fed, final, text }) => {
    const s = scoreParticipant(sheet, entries, null, {}, fed);
    expect(s.final).toBe(final);
    expect([...s.reasons.map((r) => r.text), ...s.missing].join('\n')).toContain(text);
  });
});
