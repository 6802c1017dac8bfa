import { SATISFACTION_LABELS } from '@dandang/shared/participation/participation.codes';
import type { SubmissionDetail } from '@dandang/shared/participation/participation-view.schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Rate, Result, Space, Spin, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { ActionButtons } from '../components/ActionButtons';
import { MilestonesCard, RewardCard } from '../components/FollowUpCards';
import { ModerationButton } from '../components/ModerationButton';
import { StateTag, TimingTag } from '../components/state-tag';
import { TransferButton } from '../components/TransferButton';
import { PARTICIPATION_KEY, participationApi } from '../hooks/participationApi';

/** 金点子/企业诉求详情: what was asked and by whom (phone masked), the answer and the steps, milestones, reward, moderation. */
export function SubmissionPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const canHandle = usePermission('participation.handle') !== undefined;
  const canModerate = usePermission('participation.moderate') !== undefined;
  const canTransfer = usePermission('participation.configure') !== undefined;
  const { data: d, isError } = useQuery({ queryKey: [PARTICIPATION_KEY, id], queryFn: () => participationApi.get(id) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: [PARTICIPATION_KEY] });
  if (isError) return <Result status="404" title="事项不存在或无权查看" />;
  if (!d) return <Spin style={{ display: 'block', margin: 48 }} />;
  return (
    <Page
      title={d.title}
      content={
        <Space wrap>
          <StateTag state={d.state} />
          <TimingTag timing={d.timing} />
          {d.hidden && <Typography.Text type="danger">内容已屏蔽</Typography.Text>}
        </Space>
      }
      extra={
        <Space>
          {canTransfer && d.answeredOn === null && <TransferButton detail={d} onDone={refresh} />}
          {canModerate && <ModerationButton detail={d} onDone={refresh} />}
        </Space>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small" title="基本情况">
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label="类型">{d.kind.label}</Descriptions.Item>
            <Descriptions.Item label="类别">{d.categoryName}</Descriptions.Item>
            <Descriptions.Item label="承办单位">{d.unitName}</Descriptions.Item>
            <Descriptions.Item label="提交日期">{d.submittedOn}</Descriptions.Item>
            <Descriptions.Item label="答复期限">
              {d.dueOn}
              {d.dueProvisional && <Typography.Text type="warning">（预估）</Typography.Text>}
            </Descriptions.Item>
            <Descriptions.Item label="提交人">{d.submitter}</Descriptions.Item>
            {d.enterprise && <Descriptions.Item label="统一社会信用代码">{d.enterprise.creditCode}</Descriptions.Item>}
            {d.contact && (
              <Descriptions.Item label="联系人">
                <ContactLine detail={d} canReveal={canHandle} />
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8, marginBottom: 0 }}>{d.content}</Typography.Paragraph>
          {d.moderation && (
            <Alert
              style={{ marginTop: 12 }}
              type="warning"
              showIcon
              message={`${d.moderation.byName} 于 ${dayjs(d.moderation.at).format('YYYY-MM-DD HH:mm')} 作内容处理：${d.moderation.reason}`}
              description={
                d.original && (
                  <>
                    <Typography.Text type="secondary">原文（存档，不公开）：</Typography.Text>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                      【{d.original.title}】{d.original.content}
                    </Typography.Paragraph>
                  </>
                )
              }
            />
          )}
        </Card>
        <Card size="small" title="答复" extra={canHandle && <ActionButtons detail={d} onDone={refresh} />}>
          {d.answer ? (
            <>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>{d.answer}</Typography.Paragraph>
              <Typography.Text type="secondary">
                {d.answeredByName} 于 {d.answeredOn} 答复
              </Typography.Text>
            </>
          ) : (
            <Typography.Text type="secondary">尚未答复，请于 {d.dueOn} 前答复。</Typography.Text>
          )}
          {d.rating !== null && (
            <div style={{ marginTop: 8 }}>
              企业评价：
              <Rate disabled value={d.rating} style={{ fontSize: 14 }} /> {SATISFACTION_LABELS[d.rating]}
              {d.ratingComment && `，${d.ratingComment}`}
            </div>
          )}
        </Card>
        {(d.state.code === 'ADOPTED' || d.state.code === 'DONE') && <MilestonesCard detail={d} canHandle={canHandle} onDone={refresh} />}
        <RewardCard detail={d} canHandle={canHandle} onDone={refresh} />
        <Card size="small" title="办理过程">
          <Timeline
            items={d.events.map((e) => ({
              children: (
                <>
                  <Typography.Text strong>{e.label}</Typography.Text>
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                    {e.actorName} · {dayjs(e.at).format('YYYY-MM-DD HH:mm')} · {e.state.label}
                  </Typography.Text>
                  {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
                </>
              ),
            }))}
          />
        </Card>
      </Space>
    </Page>
  );
}

/** The masked phone, and the full number on request (the server audits every such read). */
function ContactLine({ detail, canReveal }: { detail: SubmissionDetail; canReveal: boolean }) {
  const { message } = App.useApp();
  const [phone, setPhone] = useState<string | null>(null);
  const reveal = async () => {
    try {
      setPhone((await participationApi.contact(detail.id)).phone);
    } catch {
      message.error('无法查看联系电话');
    }
  };
  return (
    <span>
      {detail.contact?.name} {phone ?? detail.contact?.phoneMasked}
      {canReveal && !phone && (
        <Button type="link" size="small" onClick={reveal}>
          查看完整号码（留痕）
        </Button>
      )}
    </span>
  );
}
