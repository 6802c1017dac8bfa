import type { AccountabilityCaseDetail } from '@dandang/shared/accountability/accountability-case.schema';
import { Card, Descriptions, Space, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { ExportButton } from '../../../platform/ui/ExportButton';
import { CreateTypicalCaseButton } from '../../typical-cases';
import { accountabilityApi } from '../hooks/accountabilityApi';

/** 问责决定: the forms, the circumstance (from a tolerance decision where there was one), the measures it wrote. */
export function AccountabilityDecisionCard({ detail }: { detail: AccountabilityCaseDetail }) {
  const d = detail.decision;
  const t = detail.tolerance;
  if (!d && !t) return null;
  return (
    <Card
      title="问责决定"
      size="small"
      extra={d && !d.correctedOn && <ExportButton label="问责决定书" run={() => accountabilityApi.downloadDecision(detail.case.id, detail.case.number)} />}
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        {t && (
          <Descriptions.Item label="容错认定" span={2}>
            <Link to={`/tolerance/cases/${t.caseId}`}>{t.number}</Link>：{t.decisionLabel}
          </Descriptions.Item>
        )}
        {d && (
          <>
            <Descriptions.Item label="问责方式">
              <Space wrap>
                {d.formLabels.map((f) => (
                  <Tag key={f} color="red">
                    {f}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label="问责情节">
              {d.circumstanceLabel}
              {d.circumstanceFromTolerance && '（依容错认定）'}
            </Descriptions.Item>
            <Descriptions.Item label="决定机关与文号">{`${d.decidingBody} ${d.documentNo}`}</Descriptions.Item>
            <Descriptions.Item label="决定日期">{d.decidedOn}</Descriptions.Item>
            <Descriptions.Item label="申诉期至">{d.appealLastDay}</Descriptions.Item>
            <Descriptions.Item label="执行">
              {d.correctedOn ? `已于 ${d.correctedOn} 纠正` : d.executedOn ? `${d.executedOn} 执行完毕` : '执行中'}
            </Descriptions.Item>
            <Descriptions.Item label="事实与依据" span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{d.basis}</span>
            </Descriptions.Item>
          </>
        )}
        {detail.measures.length > 0 && (
          <Descriptions.Item label="登记的措施" span={2}>
            <Space wrap>
              {detail.measures.map((m) => (
                <Tag key={m.id} color={m.revokedAt ? 'default' : 'volcano'}>
                  {`${m.label}（${m.effectiveOn} 起${m.revokedAt ? '，已撤销' : ''}）`}
                </Tag>
              ))}
              {detail.subject.cadreId && <Link to={`/cadres/${detail.subject.cadreId}`}>查看干部影响期</Link>}
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>
      {d && !d.correctedOn && <CreateTypicalCaseButton caseId={detail.case.id} />}
    </Card>
  );
}
