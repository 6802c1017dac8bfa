import type { CaseDetail } from '@dandang/shared/cases/case.schema';
import { WORKFLOWS } from '@dandang/shared/cases/workflows';
import { Empty, Timeline, Typography } from 'antd';
import { FIELD_LABELS, VALUE_LABELS } from './field-labels';

const VOTE_LABELS: Record<string, string> = { for: '赞成', against: '反对', abstain: '弃权' };

/** A field's value as a line of text: codes by their names, lists joined, a vote count spelled out. */
function valueText(value: unknown, codes?: Readonly<Record<string, string>>): string {
  if (Array.isArray(value)) return value.map((v) => valueText(v, codes)).join('、');
  if (value && typeof value === 'object') {
    const order = Object.keys(VOTE_LABELS);
    return Object.entries(value)
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([k, v]) => `${VOTE_LABELS[k] ?? k} ${valueText(v)}`)
      .join('，');
  }
  if (value === null || value === undefined) return '';
  return codes?.[String(value)] ?? String(value);
}

/** 办理过程: every step of the case, who took it and when, with its reason and the facts it recorded. */
export function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const workflow = WORKFLOWS[detail.case.type];
  if (detail.events.length === 0) return <Empty description="暂无办理记录" />;
  const labelOf = (action: string, field: string): string | undefined =>
    workflow.transitions.find((t) => t.action === action)?.required?.[field] ?? FIELD_LABELS[field];
  return (
    <Timeline
      items={detail.events.map((e) => ({
        key: e.id,
        color: e.action === 'extend' ? 'orange' : 'blue',
        children: (
          <div>
            <Typography.Text strong>{e.actionLabel}</Typography.Text>
            <Typography.Text type="secondary">
              {' '}
              → {e.toStateLabel} · {e.actorName} · {new Date(e.at).toLocaleString('zh-CN', { hour12: false })}
            </Typography.Text>
            {e.note && <div>说明：{e.note}</div>}
            {Object.entries(e.fields)
              .filter(([k, v]) => labelOf(e.action, k) !== undefined && valueText(v) !== '')
              .map(([k, v]) => (
                <div key={k}>
                  <Typography.Text type="secondary">{labelOf(e.action, k)}：</Typography.Text>
                  {valueText(v, VALUE_LABELS[k])}
                </div>
              ))}
          </div>
        ),
      }))}
    />
  );
}
