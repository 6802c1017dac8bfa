import { CloseCircleOutlined, FileTextOutlined } from '@ant-design/icons';
import { Empty, Tag, Typography } from 'antd';
import type { ReasonSection } from '../rules.types';

/**
 * Every reason the server gave, each with the clause it applied. A "why not" list is red: it is what has to change
 * (or wait) before the answer can be yes.
 */
export function ReasonList({ section }: { section: ReasonSection }) {
  const { title, whyNot, reasons, note, empty } = section;
  // Two identical measures give two identical reasons; the occurrence count keeps their keys apart.
  const seen = new Map<string, number>();
  const keyed = reasons.map((reason) => {
    const base = `${reason.code}|${reason.text}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { reason, key: `${base}|${count}` };
  });
  const color = whyNot ? '#cf1322' : undefined;
  return (
    <section aria-label={title} style={{ marginTop: 16 }}>
      <Typography.Title level={5} style={{ color, marginBottom: note ? 0 : 8 }}>
        {whyNot ? <CloseCircleOutlined /> : <FileTextOutlined />} {title}
      </Typography.Title>
      {note && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8, fontSize: 12 }}>
          {note}
        </Typography.Paragraph>
      )}
      {reasons.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty ?? '没有需要说明的因素'} style={{ margin: '8px 0' }} />
      ) : (
        <ol style={{ margin: 0, paddingInlineStart: 20 }}>
          {keyed.map(({ reason, key }) => (
            <li key={key} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Typography.Text>{reason.text}</Typography.Text>
              <div style={{ marginTop: 4 }}>
                {/* Citations run long; they must wrap instead of pushing a phone screen sideways. */}
                <Tag color={whyNot ? 'red' : 'blue'} style={{ whiteSpace: 'normal', height: 'auto', marginInlineEnd: 0 }}>
                  {reason.rule}
                </Tag>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
