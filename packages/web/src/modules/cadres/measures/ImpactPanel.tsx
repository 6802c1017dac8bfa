import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ReasonList } from '../../rules/components/ReasonList';
import { describeAnnualGrade, describePromotion } from '../../rules/result-views';
import type { ResultStatus, ResultView } from '../../rules/rules.types';
import { measureApi, measureKeys } from './measureApi';

const ICONS: Record<ResultStatus, { icon: ReactNode; color: string }> = {
  success: { icon: <CheckCircleFilled />, color: '#389e0d' },
  warning: { icon: <ExclamationCircleFilled />, color: '#d46b08' },
  error: { icon: <CloseCircleFilled />, color: '#cf1322' },
  info: { icon: <ExclamationCircleFilled />, color: '#1677ff' },
};

/** One answer of the rules core, compact: the outcome, its facts in one line each, then every reason with its clause. */
function ImpactCard({ label, view }: { label: string; view: ResultView }) {
  const { icon, color } = ICONS[view.status];
  return (
    <section aria-label={label} style={{ height: '100%' }}>
      <Card size="small" title={label} style={{ height: '100%', borderTop: `3px solid ${color}` }}>
        <Typography.Title level={5} style={{ color, marginTop: 0 }}>
          {icon} {view.title}
        </Typography.Title>
        {view.subTitle && <Typography.Text type="secondary">{view.subTitle}</Typography.Text>}
        {view.facts.map((fact) => (
          <div key={fact.label} style={{ fontSize: 13, marginTop: 4 }}>
            <Typography.Text type="secondary">{fact.label}：</Typography.Text>
            {fact.value}
          </div>
        ))}
        {view.sections.map((section) =>
          // Nothing to explain: one quiet line instead of an empty list, so the three cards stay short.
          section.reasons.length > 0 ? (
            <ReasonList key={section.title} section={section} />
          ) : (
            <Typography.Paragraph key={section.title} type="secondary" style={{ fontSize: 12, margin: '12px 0 0' }}>
              {section.empty}
            </Typography.Paragraph>
          ),
        )}
      </Card>
    </section>
  );
}

/**
 * 影响期: may the cadre be promoted, from when and why, and how this year's and next year's annual grades are bound,
 * each reason with its clause. Every word comes from the server's answer, put into words by the same views the 政策计算器
 * uses, so the profile and the calculator never say different things.
 */
export function ImpactPanel({ cadreId }: { cadreId: string }) {
  const { data, error, isPending } = useQuery({ queryKey: measureKeys.impact(cadreId), queryFn: () => measureApi.impact(cadreId) });
  if (error) return <Alert type="error" showIcon message={(error as Error).message} />;
  if (isPending || !data) return <Skeleton active />;
  const years = Object.keys(data.annualGrade).sort();
  const promotion = describePromotion(data.promotion, { asOf: data.asOf, measures: [] });
  return (
    <section aria-label="影响期">
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={10}>
          <ImpactCard label="提拔任用资格" view={promotion} />
        </Col>
        {years.map((year) => {
          const result = data.annualGrade[year];
          return result ? (
            <Col key={year} xs={24} md={12} lg={7}>
              <ImpactCard label={`${year} 年度考核等次`} view={describeAnnualGrade(result, { year: Number(year), measures: [] })} />
            </Col>
          ) : null;
        })}
      </Row>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
        按 {data.asOf} 计算；计入 {data.measures} 项未撤销的处理处分措施和上一年度考核等次。
      </Typography.Paragraph>
    </section>
  );
}
