import type { ToleranceDetail } from '@dandang/shared/tolerance/tolerance-view.schema';
import { Card, Descriptions, Space, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { LinkAccountabilityButton } from './LinkAccountabilityButton';

/** 申请事项: how the case began, what happened and what the applicant claims. */
export function ApplicationCard({ detail, canLink, onChange }: { detail: ToleranceDetail; canLink: boolean; onChange: () => void }) {
  return (
    <Card title="申请事项" size="small" extra={canLink && <LinkAccountabilityButton detail={detail} onLinked={onChange} />}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label="来源">{detail.originLabel}</Descriptions.Item>
        <Descriptions.Item label="申请人">{detail.applicantName}</Descriptions.Item>
        <Descriptions.Item label="发生日期">{detail.occurredOn}</Descriptions.Item>
        {detail.accountabilityCases.length > 0 && (
          <Descriptions.Item label="所涉问责案件">
            <Space wrap>
              {detail.accountabilityCases.map((c) => (
                <Link key={c.caseId} to={`/accountability/cases/${c.caseId}`}>
                  {c.number}
                </Link>
              ))}
            </Space>
          </Descriptions.Item>
        )}
        <Descriptions.Item label="事由" span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{detail.matter}</span>
        </Descriptions.Item>
        {detail.claimedSituations.length > 0 && (
          <Descriptions.Item label="申请的情形" span={2}>
            <Space wrap>
              {detail.claimedSituations.map((s) => (
                <Tag key={s.code}>{s.label}</Tag>
              ))}
            </Space>
          </Descriptions.Item>
        )}
        {detail.grounds && (
          <Descriptions.Item label="申请理由" span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{detail.grounds}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
