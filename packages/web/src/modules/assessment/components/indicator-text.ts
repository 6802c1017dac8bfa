import { DIRECTION_LABELS, type IndicatorDefinition } from '@dandang/shared/assessment/indicator.schema';

/** One line saying how an indicator scores, for the library's table and the scheme editor's picker. */
export function describeScoring(def: IndicatorDefinition): string {
  if (def.kind === 'QUALITATIVE') return def.scale.map((l) => `${l.label} ${l.percent}%`).join(' / ');
  const unit = def.unit ? `（${def.unit}）` : '';
  const direction = DIRECTION_LABELS[def.direction];
  const rule = def.rule;
  if (rule.method === 'LINEAR') return `${direction}${unit}，按完成比例计分，封顶 ${rule.capPercent}%`;
  if (rule.method === 'PASS_FAIL') return `${direction}${unit}，达标得满分`;
  const relation = def.direction === 'HIGHER_BETTER' ? '≥' : '≤';
  const steps = [...rule.steps].sort((a, b) => b.percent - a.percent).map((s) => `${relation}${s.threshold} 得 ${s.percent}%`);
  return `${direction}${unit}，分档：${steps.join('，')}`;
}
