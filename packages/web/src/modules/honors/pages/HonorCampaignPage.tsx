import { PlusOutlined } from '@ant-design/icons';
import { ProCard } from '@ant-design/pro-components';
import { HONOR_KINDS } from '@dandang/shared/honors/honor.codes';
import type { NominationView, ObjectionView } from '@dandang/shared/honors/honor.schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Col, Descriptions, Row, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { CampaignActions } from '../components/CampaignActions';
import { CampaignStateTag } from '../components/labels';
import { NominateModal } from '../components/NominateModal';
import { NominationsTable } from '../components/NominationsTable';
import { ObjectionsTable } from '../components/ObjectionsTable';
import { ResolveObjectionModal } from '../components/ResolveObjectionModal';
import { ReviewModal } from '../components/ReviewModal';
import { HONORS_KEY, honorKeys, honorsApi } from '../hooks/honorsApi';

/** One campaign: its dates and places, the nominations with screening and review, the notice and its objections. */
export function HonorCampaignPage() {
  const { id = '' } = useParams();
  const canManage = Boolean(usePermission('honor.manage'));
  const canNominate = Boolean(usePermission('honor.nominate'));
  const queryClient = useQueryClient();
  const [nominating, setNominating] = useState(false);
  const [reviewing, setReviewing] = useState<NominationView | null>(null);
  const [resolving, setResolving] = useState<ObjectionView | null>(null);
  const { data: campaign, error, isPending } = useQuery({ queryKey: honorKeys.campaign(id), queryFn: () => honorsApi.campaign(id) });
  const refresh = () => {
    setNominating(false);
    setReviewing(null);
    setResolving(null);
    void queryClient.invalidateQueries({ queryKey: [HONORS_KEY] });
  };

  if (error)
    return (
      <Page>
        <Alert type="error" showIcon message={(error as Error).message} />
      </Page>
    );
  if (isPending || !campaign)
    return (
      <Page>
        <Skeleton active />
      </Page>
    );
  const open = campaign.objections?.filter((o) => o.state === 'OPEN').length ?? 0;
  return (
    <Page
      title={
        <Space>
          {campaign.title}
          <CampaignStateTag state={campaign.state} />
        </Space>
      }
      extra={<CampaignActions campaign={campaign} canManage={canManage} onChanged={refresh} />}
      content={
        <Descriptions size="small" column={{ xs: 1, md: 4 }}>
          <Descriptions.Item label="荣誉类别">{HONOR_KINDS[campaign.kind]}</Descriptions.Item>
          <Descriptions.Item label="年度">{campaign.year}</Descriptions.Item>
          <Descriptions.Item label="推荐截止">{campaign.nominationEndsOn}</Descriptions.Item>
          <Descriptions.Item label="公示期">
            {campaign.noticeStartsOn ? `${campaign.noticeStartsOn} 至 ${campaign.noticeEndsOn}` : '尚未公示'}
            {campaign.noticeProvisional && (
              <Tag color="warning" style={{ marginInlineStart: 8 }}>
                节假日安排未公布，按周一至周五计算
              </Tag>
            )}
          </Descriptions.Item>
        </Descriptions>
      }
    >
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <ProCard
            title="推荐人选"
            bordered
            headerBordered
            extra={
              canNominate && campaign.state === 'NOMINATING' ? (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setNominating(true)}>
                  推荐人选
                </Button>
              ) : null
            }
          >
            <NominationsTable nominations={campaign.nominations} campaignState={campaign.state} canReview={canManage} onReview={setReviewing} />
          </ProCard>
        </Col>
        {campaign.objections && campaign.noticeStartsOn && (
          <Col span={24}>
            <ProCard title={open > 0 ? `公示异议（${open} 件待办结）` : '公示异议'} bordered headerBordered>
              <ObjectionsTable objections={campaign.objections} canResolve={canManage && campaign.state === 'NOTICE'} onResolve={setResolving} />
            </ProCard>
          </Col>
        )}
        <Col span={24}>
          <ProCard title="推荐名额" bordered headerBordered>
            <Space size={[8, 8]} wrap>
              {campaign.quotas.map((q) => (
                <Tag key={q.unitId} color={q.used >= q.quota ? 'default' : 'blue'}>
                  {q.unitName}：已用 {q.used} / {q.quota}
                </Tag>
              ))}
            </Space>
          </ProCard>
        </Col>
      </Row>
      {nominating && <NominateModal campaignId={campaign.id} onClose={() => setNominating(false)} onDone={refresh} />}
      {reviewing && <ReviewModal nomination={reviewing} onClose={() => setReviewing(null)} onDone={refresh} />}
      {resolving && <ResolveObjectionModal objection={resolving} onClose={() => setResolving(null)} onDone={refresh} />}
    </Page>
  );
}
