import type { ResultView } from '@dandang/shared/assessment/result.schema';
import { FORMULA_VARIABLES } from '@dandang/shared/assessment/score-formula';
import { Alert, Descriptions, Popover, Typography } from 'antd';
import { scoreText } from './score-text';

/** Where a score came from: its four parts, what is missing, and every step of the reckoning. */
export function ScoreExplanation({ result }: { result: ResultView }) {
  const b = result.breakdown;
  if (!b) return <Typography.Text type="secondary">未评分</Typography.Text>;
  const content = (
    <div style={{ maxWidth: 460 }}>
      <Descriptions size="small" column={2}>
        {Object.entries(FORMULA_VARIABLES).map(([key, label]) => (
          <Descriptions.Item key={key} label={label}>
            {b.parts[key as keyof typeof b.parts]}
          </Descriptions.Item>
        ))}
      </Descriptions>
      {b.missing.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 8 }} message={b.missing.join('；')} />}
      <ol style={{ paddingLeft: 18, margin: 0 }}>
        {b.reasons.map((r, i) => (
          // The reasons are an ordered reckoning; the same text may appear twice (two equal items).
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list shown once
          <li key={i}>{r.text}</li>
        ))}
      </ol>
    </div>
  );
  return (
    <Popover title={`${result.name}的得分构成`} content={content} trigger="click">
      <Typography.Link>{result.final === null ? <Typography.Text type="warning">不完整</Typography.Text> : scoreText(result.final)}</Typography.Link>
    </Popover>
  );
}
