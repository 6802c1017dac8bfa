import { Collapse, Typography } from 'antd';

const show = (value: unknown) => JSON.stringify(value, null, 2);

function JsonBlock({ value }: { value: unknown }) {
  const text = show(value);
  return (
    <div style={{ position: 'relative' }}>
      <Typography.Text copyable={{ text, tooltips: ['复制', '已复制'] }} style={{ position: 'absolute', right: 8, top: 4 }} />
      <pre style={{ margin: 0, maxHeight: 320, overflow: 'auto', fontSize: 12, lineHeight: 1.5, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{text}</pre>
    </div>
  );
}

/**
 * Exactly what went to `POST /api/v1/rules/{rule}` and what came back, for people who script the same calculation
 * with the CLI or the API. Read-only: the form is the way to change the input.
 */
export function JsonPanel({ input, output }: { input: unknown; output: unknown }) {
  return (
    <Collapse
      size="small"
      style={{ marginTop: 16 }}
      items={[
        { key: 'input', label: '输入 JSON', children: <JsonBlock value={input} /> },
        { key: 'output', label: '结果 JSON', children: <JsonBlock value={output} /> },
      ]}
    />
  );
}
