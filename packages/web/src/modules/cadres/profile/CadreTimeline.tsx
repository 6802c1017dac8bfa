import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Segmented, Skeleton, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { measureKeys } from '../measures/measureApi';
import { profileApi, type TimelineEntry } from './profileApi';

/** A colour per source, so the eye can follow one thread (all posts, all measures) down the line. */
const COLORS: Record<string, string> = { posts: 'blue', measures: 'red', grades: 'green', supervision: 'orange', talent_pool: 'purple' };
const ALL = 'all';

function entryColor(entry: TimelineEntry): string {
  // A revocation or a lift ends a measure's weight: grey, not red.
  if (entry.kind === 'measures.revoke' || entry.kind === 'measures.lift') return 'gray';
  return COLORS[entry.source] ?? 'gray';
}

/**
 * Everything about the cadre, newest first, from the sources the viewer may read (the server leaves out the others
 * and says which ones it used). A filter narrows it to one source.
 */
export function CadreTimeline({ cadreId }: { cadreId: string }) {
  const [source, setSource] = useState<string>(ALL);
  const { data, error, isPending } = useQuery({ queryKey: measureKeys.timeline(cadreId), queryFn: () => profileApi.timeline(cadreId) });
  if (error) return <Alert type="error" showIcon message={(error as Error).message} />;
  if (isPending || !data) return <Skeleton active />;
  const entries = source === ALL ? data.entries : data.entries.filter((e) => e.source === source);
  return (
    <section aria-label="时间轴">
      <Segmented
        size="small"
        value={source}
        onChange={(value) => setSource(String(value))}
        options={[{ value: ALL, label: '全部' }, ...data.sources.map((s) => ({ value: s.source, label: s.label }))]}
        style={{ marginBottom: 16, maxWidth: '100%', overflowX: 'auto' }}
      />
      {entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无记录" />
      ) : (
        <Timeline
          items={entries.map((e, i) => ({
            key: `${e.date}-${e.kind}-${i}`,
            color: entryColor(e),
            children: (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 8 }}>
                  {e.date}
                </Typography.Text>
                <Typography.Text strong>{e.title}</Typography.Text>
                {e.detail && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {e.detail}
                    </Typography.Text>
                  </div>
                )}
              </div>
            ),
          }))}
        />
      )}
    </section>
  );
}
