import { Tooltip } from 'antd';

/** A rule's reasons as a list, each with the clause it cites on hover: the "why" beside a recommendation or a referral. */
export function ReasonList({ reasons }: { reasons: ReadonlyArray<{ code: string; text: string; rule: string }> }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {reasons.map((r) => (
        <li key={r.code + r.text}>
          <Tooltip title={r.rule}>{r.text}</Tooltip>
        </li>
      ))}
    </ul>
  );
}
