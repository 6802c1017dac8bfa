import type { CampaignAction, CampaignDetail } from '@dandang/shared/honors/honor.schema';
import { CAMPAIGN_STEPS } from '@dandang/shared/honors/honor.states';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { honorsApi } from '../hooks/honorsApi';

const ACTIONS = Object.keys(CAMPAIGN_STEPS) as CampaignAction[];
const CONFIRM: Record<CampaignAction, string> = {
  review: '结束推荐后各单位不能再推荐，符合条件的人选将按今天重新审查资格。',
  notice: '公示期按工作日计算，公示期内群众可在公示页面提出异议。',
  publish: '发布后拟表彰人选获得荣誉，记入干部档案。',
};

/** The organizer's buttons: the campaign's next step, the public page and the Word documents. */
export function CampaignActions({ campaign, canManage, onChanged }: { campaign: CampaignDetail; canManage: boolean; onChanged: () => void }) {
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);
  const next = ACTIONS.find((action) => CAMPAIGN_STEPS[action].from === campaign.state);
  const run = async (action: CampaignAction) => {
    setBusy(true);
    try {
      await honorsApi.act(campaign.id, action, campaign.version);
      message.success(`已${CAMPAIGN_STEPS[action].label}`);
      onChanged();
    } catch (error) {
      handleError(error, { onReload: onChanged });
    } finally {
      setBusy(false);
    }
  };
  const download = (write: () => Promise<void>) => write().catch((error) => handleError(error));
  return (
    <Space wrap>
      {canManage && next && (
        <Popconfirm title={`${CAMPAIGN_STEPS[next].label}？`} description={CONFIRM[next]} okText="确定" cancelText="取消" onConfirm={() => run(next)}>
          <Button type="primary" loading={busy}>
            {CAMPAIGN_STEPS[next].label}
          </Button>
        </Popconfirm>
      )}
      {campaign.noticeStartsOn && (
        <Button href={`/honor-notice/${campaign.id}`} target="_blank">
          公示页面
        </Button>
      )}
      {canManage && campaign.noticeStartsOn && <Button onClick={() => download(() => honorsApi.noticeDocx(campaign))}>下载公示</Button>}
      {canManage && campaign.publishedOn && <Button onClick={() => download(() => honorsApi.certificatesDocx(campaign))}>下载证书名单</Button>}
    </Space>
  );
}
