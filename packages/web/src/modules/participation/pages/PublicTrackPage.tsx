import { SATISFACTION_LABELS } from '@dandang/shared/participation/participation.codes';
import type { PublicSubmissionView } from '@dandang/shared/participation/participation-view.schema';
import { Alert, Button, Card, Descriptions, Input, Rate, Space, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../../platform/api/api-error';
import { AuthShell } from '../../../platform/ui/AuthShell';
import { Milestones } from '../components/Milestones';
import { StateTag } from '../components/state-tag';
import { participationApi } from '../hooks/participationApi';

/** 凭查询码查询 (no account): where the submission stands, the official answer, the milestones, and the enterprise's rating. */
export function PublicTrackPage() {
  const { code: fromLink } = useParams();
  const navigate = useNavigate();
  const [code, setCode] = useState(fromLink ?? '');
  const [view, setView] = useState<PublicSubmissionView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const open = useCallback(async (typed: string) => {
    setBusy(true);
    setError(null);
    try {
      setView(await participationApi.track(typed));
    } catch (e) {
      setView(null);
      setError(e instanceof ApiError ? e.message : '查询失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    if (fromLink) void open(fromLink);
  }, [fromLink, open]);

  return (
    <AuthShell title="办理进度查询" wide footer={<Link to="/participate">提交金点子或企业诉求</Link>}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            size="large"
            aria-label="查询码"
            placeholder="12 位查询码，如 ABCD-EFGH-JKMN"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            onPressEnter={() => navigate(`/participate/track/${code.trim()}`)}
            autoComplete="off"
          />
          <Button size="large" type="primary" loading={busy} disabled={code.trim() === ''} onClick={() => navigate(`/participate/track/${code.trim()}`)}>
            查询
          </Button>
        </Space.Compact>
        {error && <Alert type="error" showIcon message={error} />}
        {view && <SubmissionStatus view={view} code={code} onRated={setView} />}
      </Space>
    </AuthShell>
  );
}

function SubmissionStatus({ view, code, onRated }: { view: PublicSubmissionView; code: string; onRated: (v: PublicSubmissionView) => void }) {
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={<span style={{ whiteSpace: 'normal' }}>{view.title}</span>} extra={<StateTag state={view.state} />}>
        <Descriptions column={1} size="small" labelStyle={{ width: 88 }}>
          <Descriptions.Item label="类型">
            {view.kind.label} · {view.categoryName}
          </Descriptions.Item>
          <Descriptions.Item label="承办单位">{view.unitName}</Descriptions.Item>
          <Descriptions.Item label="提交日期">{view.submittedOn}</Descriptions.Item>
          <Descriptions.Item label="答复期限">{view.dueOn}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type={view.hidden ? 'secondary' : undefined} style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap' }}>
          {view.content}
        </Typography.Paragraph>
      </Card>
      <Card size="small" title="答复意见">
        {view.answer ? (
          <>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }} data-testid="public-answer">
              {view.answer}
            </Typography.Paragraph>
            <Typography.Text type="secondary">{view.answeredOn} 答复</Typography.Text>
            {view.rewarded && <Alert style={{ marginTop: 8 }} type="success" showIcon message="您的意见已获奖励，承办单位将与您联系。" />}
          </>
        ) : (
          <Typography.Text type="secondary">承办单位正在办理，将于 {view.dueOn} 前答复。</Typography.Text>
        )}
      </Card>
      {(view.milestones.length > 0 || view.progress !== null) && (
        <Card size="small" title={`推进情况${view.progress === null ? '' : `（总体 ${view.progress}%）`}`}>
          <Milestones items={view.milestones} />
        </Card>
      )}
      {view.canRate && <RateCard code={code} onRated={onRated} />}
      {view.rating !== null && (
        <Typography.Text>
          您的评价：
          <Rate disabled value={view.rating} style={{ fontSize: 16 }} /> {SATISFACTION_LABELS[view.rating]}
        </Typography.Text>
      )}
      <Card size="small" title="办理过程">
        <Timeline
          items={view.events.map((e) => ({
            children: (
              <>
                <Typography.Text>{e.label}</Typography.Text>
                <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                  {dayjs(e.at).format('YYYY-MM-DD HH:mm')}
                </Typography.Text>
              </>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}

function RateCard({ code, onRated }: { code: string; onRated: (v: PublicSubmissionView) => void }) {
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      onRated(await participationApi.rate(code, { rating, comment }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '评价失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title="对答复是否满意？">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Rate value={rating} onChange={setRating} aria-label="满意度" />
          <Typography.Text type="secondary">{SATISFACTION_LABELS[rating] ?? '请选择'}</Typography.Text>
        </Space>
        <Input.TextArea rows={2} maxLength={200} showCount placeholder="意见和建议（选填）" value={comment} onChange={(e) => setComment(e.target.value)} />
        {error && <Alert type="error" showIcon message={error} />}
        <Button type="primary" block loading={busy} disabled={rating === 0} onClick={send}>
          提交评价
        </Button>
      </Space>
    </Card>
  );
}
