import { SECTION_KEYS, SECTION_LABELS } from '@dandang/shared/typical-cases/typical-case.codes';
import type { TypicalCaseView } from '@dandang/shared/typical-cases/typical-case.schema';
import { Divider, Typography } from 'antd';
import dayjs from 'dayjs';
import type { CSSProperties } from 'react';
import { TypicalCaseTags } from './TypicalCaseTags';

const NUMERALS = ['一', '二', '三'];

/** A page of print: narrow measure, generous leading, first lines indented two characters as Chinese prose is set. */
const ARTICLE: CSSProperties = { maxWidth: 780, margin: '0 auto', padding: '40px 56px 48px', background: '#fff', borderRadius: 8 };
const PARAGRAPH: CSSProperties = { fontSize: 16, lineHeight: 2, textIndent: '2em', marginBottom: 8, color: 'rgba(0, 0, 0, 0.85)' };

type Readable = Pick<TypicalCaseView, 'title' | 'sections' | 'tags' | 'issuer' | 'publishedAt'>;

/** The typical case for reading: title, tags, who published it and when, and its three sections. */
export function TypicalCaseArticle({ view }: { view: Readable }) {
  return (
    <article style={ARTICLE}>
      {/* Balanced lines: a long title does not leave one character alone on its second line. */}
      <Typography.Title level={2} style={{ textAlign: 'center', marginBottom: 16, lineHeight: 1.4, textWrap: 'balance' }}>
        {view.title}
      </Typography.Title>
      <TypicalCaseTags tags={view.tags} centered />
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 12 }}>
        {view.issuer}
        {view.publishedAt ? ` · ${dayjs(view.publishedAt).format('YYYY年M月D日')}发布` : ' · 未发布'}
      </Typography.Paragraph>
      <Divider style={{ margin: '20px 0 8px' }} />
      {SECTION_KEYS.map((key, i) => (
        <section key={key} style={{ marginTop: 24 }}>
          <Typography.Title level={4} style={{ marginBottom: 12 }}>
            {NUMERALS[i]}、{SECTION_LABELS[key]}
          </Typography.Title>
          {view.sections[key]
            .split('\n')
            .filter((line) => line.trim() !== '')
            .map((line, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a paragraph has no identity beyond its place in the text
              <p key={n} style={PARAGRAPH}>
                {line}
              </p>
            ))}
        </section>
      ))}
    </article>
  );
}
