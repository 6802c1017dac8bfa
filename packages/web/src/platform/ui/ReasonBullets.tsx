import { Tooltip } from 'antd';
import type { ReactNode } from 'react';

/**
 * A rule's reasons as a compact list, each with the clause it cites on hover: the "why" inside a recommendation's or a
 * referral's alert. `children` ends the list (a line on the policy applied). The calculator's full list with its
 * clauses shown is rules/components/ReasonList.
 */
export function ReasonBullets({ reasons, children }: { reasons: ReadonlyArray<{ code: string; text: string; rule: string }>; children?: ReactNode }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {reasons.map((r) => (
        <li key={r.code + r.text}>
          <Tooltip title={r.rule}>{r.text}</Tooltip>
        </li>
      ))}
      {children}
    </ul>
  );
}
