import type { MyResultView } from '@dandang/shared/assessment/result.schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Empty, Popconfirm, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { T } from '../../../i18n/zh-CN';
import { Page } from '../../../layout/Page';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { ReasonModal } from '../../../platform/ui/ReasonModal';
import { CycleStateTag, periodOf } from '../components/cycle-labels';
import { ASSESSMENT_KEY, resultApi } from '../hooks/assessmentApi';
import { GradeTag } from '../results/GradeTag';
import { hasRegistrationForm, RegistrationFormLink } from '../results/RegistrationFormLink';
import { ScoreExplanation } from '../results/ScoreExplanation';

/**
 * 我的考核结果: the signed-in cadre's results once a cycle reaches its notice: score with its parts, grade, comment;
 * during the notice the cadre confirms the result or asks for a review with reasons (签署意见); an annual result's
 * 年度考核登记表 downloads for the personnel record.
 */
export function MyResultsPage() {
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  const [appealing, setAppealing] = useState<MyResultView | null>(null);
  const { data, error, isPending } = useQuery({ queryKey: [ASSESSMENT_KEY, 'mine'], queryFn: resultApi.mine });
  const refresh = () => queryClient.invalidateQueries({ queryKey: [ASSESSMENT_KEY] });

  const confirm = async (item: MyResultView) => {
    try {
      await resultApi.confirm(item.result.participantId, item.result.version);
      message.success('已确认考核结果');
      await refresh();
    } catch (e) {
      handleError(e, { onReload: refresh });
    }
  };

  if (error) return <Page>{<Alert type="error" showIcon message={(error as Error).message} />}</Page>;
  if (isPending) return <Page>{<Skeleton active />}</Page>;
  return (
    <Page>
      {data.length === 0 && <Empty description="还没有进入公示或已发布的考核结果" />}
      {data.map((item) => {
        const r = item.result;
        const canRespond = item.cycle.state === 'NOTICE' && !r.confirmedAt && !r.appealState;
        return (
          <Card
            key={item.cycle.id}
            size="small"
            style={{ marginBottom: 16 }}
            title={
              <Space>
                {item.cycle.name}
                <CycleStateTag cycle={item.cycle} />
              </Space>
            }
            extra={
              <Space>
                {hasRegistrationForm(item.cycle, r) && <RegistrationFormLink cycleName={item.cycle.name} result={r} label="下载登记表" />}
                {canRespond && (
                  <>
                    <Button onClick={() => setAppealing(item)}>申请复核</Button>
                    <Popconfirm title="确认本人的考核结果？" okText="确认" cancelText={T.cancel} onConfirm={() => confirm(item)}>
                      <Button type="primary">确认结果</Button>
                    </Popconfirm>
                  </>
                )}
              </Space>
            }
          >
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label="考核">{periodOf(item.cycle)}</Descriptions.Item>
              <Descriptions.Item label="单位">{r.unitName}</Descriptions.Item>
              <Descriptions.Item label="得分">
                <ScoreExplanation result={r} />
              </Descriptions.Item>
              <Descriptions.Item label="等次">
                <GradeTag result={r} />
              </Descriptions.Item>
              <Descriptions.Item label="公示截止">{item.cycle.noticeEndsOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="本人意见">
                {r.confirmedAt
                  ? `已于 ${new Date(r.confirmedAt).toLocaleDateString('zh-CN')} 确认`
                  : r.appealState
                    ? `已申请复核（${r.appealAnswer ? `答复：${r.appealAnswer}` : '待答复'}）`
                    : '未确认'}
              </Descriptions.Item>
              {r.comment ? (
                <Descriptions.Item label="评语" span={3}>
                  <Typography.Paragraph style={{ margin: 0 }}>{r.comment}</Typography.Paragraph>
                </Descriptions.Item>
              ) : null}
              {item.consequences ? (
                <Descriptions.Item label="结果运用" span={3}>
                  <Space direction="vertical" size={0}>
                    <Typography.Text type={item.consequences.seniority.counts ? undefined : 'warning'}>{item.consequences.seniority.text}</Typography.Text>
                    {item.consequences.reasons.map((reason) => (
                      <Typography.Text key={reason.code}>{reason.text}</Typography.Text>
                    ))}
                  </Space>
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
        );
      })}
      {appealing && (
        <ReasonModal
          title={`申请复核：${appealing.cycle.name}`}
          label="复核理由"
          okText="提交申请"
          maxLength={2000}
          intro={<Typography.Paragraph type="secondary">对考核结果有异议的，可在公示期内申请复核，写明理由及依据。</Typography.Paragraph>}
          onSubmit={(appeal) => resultApi.appeal(appealing.result.participantId, { version: appealing.result.version, appeal })}
          onClose={() => setAppealing(null)}
          onDone={() => {
            setAppealing(null);
            return refresh();
          }}
        />
      )}
    </Page>
  );
}
