import { Alert, Descriptions, Result } from 'antd';
import type { ReactNode } from 'react';
import type { ResultView } from '../rules.types';
import { ReasonList } from './ReasonList';

/** A date in the big title must not break at its hyphens on a phone ("2026-04-" / "30"). */
function keepDatesWhole(text: string): ReactNode {
  const parts = text.split(/(\d{4}-\d{2}-\d{2})/);
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <span key={part} style={{ whiteSpace: 'nowrap' }}>
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/** The outcome in large type, a few facts, then every reason: the order in which a person reads an answer. */
export function ResultPanel({ view, stale }: { view: ResultView; stale: boolean }) {
  return (
    <>
      {stale && <Alert type="info" showIcon message="条件已修改，下面是上一次的结果，请重新计算" style={{ marginBottom: 8 }} />}
      <section aria-label="计算结果" style={{ opacity: stale ? 0.5 : 1, transition: 'opacity .2s' }}>
        <Result status={view.status} title={keepDatesWhole(view.title)} subTitle={view.subTitle} style={{ padding: '16px 8px' }} />
        {view.warning && <Alert type="warning" showIcon message={view.warning} style={{ marginBottom: 12 }} />}
        {view.facts.length > 0 && (
          <Descriptions
            size="small"
            bordered
            column={1}
            items={view.facts.map((fact) => ({ key: fact.label, label: fact.label, children: fact.value }))}
            styles={{ label: { width: 140, whiteSpace: 'nowrap' } }}
          />
        )}
        {view.sections.map((section) => (
          <ReasonList key={section.title} section={section} />
        ))}
      </section>
    </>
  );
}
