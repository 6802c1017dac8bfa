import { PaperClipOutlined } from '@ant-design/icons';
import type { ProgressView, TargetView } from '@dandang/shared/assessment/target.schema';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Descriptions, Drawer, Empty, List, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { T } from '../../../i18n/zh-CN';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { ReasonModal } from '../../../platform/ui/ReasonModal';
import { ASSESSMENT_KEY, targetApi } from '../hooks/assessmentApi';
import { LevelTag, ProgressStateTag, TargetStatus, valueText } from './target-labels';

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/** The files a report cites, each downloaded through the API so a refusal shows its message, not a JSON page. */
export function EvidenceLinks({ report }: { report: ProgressView }) {
  const handleError = useApiErrorHandler();
  if (report.evidence.length === 0) return null;
  return (
    <Space size={0} wrap>
      {report.evidence.map((e) => (
        <Button key={e.id} type="link" size="small" icon={<PaperClipOutlined />} onClick={() => targetApi.downloadEvidence(e.id, e.name).catch(handleError)}>
          {e.name}
        </Button>
      ))}
    </Space>
  );
}

/**
 * One target: what it asks, how it is decomposed, and every progress report with its evidence. A reviewer confirms
 * the pending report or returns it with a reason; a decomposer edits, deletes or decomposes the target further.
 */
export function TargetDrawer({
  targetId,
  canWrite,
  canReview,
  onClose,
  onEdit,
  onDecompose,
  onChanged,
}: {
  targetId: string;
  canWrite: boolean;
  canReview: boolean;
  onClose: () => void;
  onEdit: (target: TargetView) => void;
  onDecompose?: (target: TargetView) => void;
  onChanged: () => Promise<unknown>;
}) {
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [returning, setReturning] = useState<ProgressView | null>(null);
  const detail = useQuery({ queryKey: [ASSESSMENT_KEY, 'target', targetId], queryFn: () => targetApi.get(targetId) });
  const t = detail.data?.target;
  const refresh = async () => {
    await onChanged();
    await detail.refetch();
  };
  const confirm = async (report: ProgressView) => {
    try {
      await targetApi.review(report.id, { version: report.version, decision: 'CONFIRM' });
      message.success('已确认该进展');
      await refresh();
    } catch (error) {
      handleError(error, { onReload: refresh });
    }
  };
  const remove = async (target: TargetView) => {
    try {
      await targetApi.remove(target.id, target.version);
      message.success(`已删除：${target.title}`);
      await onChanged();
      onClose();
    } catch (error) {
      handleError(error, { onReload: refresh });
    }
  };

  return (
    <Drawer
      open
      width={640}
      title={t ? t.title : '目标任务'}
      onClose={onClose}
      loading={detail.isLoading}
      extra={
        t &&
        canWrite && (
          <Space>
            {onDecompose && t.level !== 'PERSON' && (
              <Button type="primary" onClick={() => onDecompose(t)}>
                分解
              </Button>
            )}
            <Button onClick={() => onEdit(t)}>修改</Button>
            <Popconfirm
              title="删除这个目标任务？"
              description={t.children > 0 ? '请先删除分解出的下级目标' : undefined}
              okText="删除"
              okButtonProps={{ danger: true, disabled: t.children > 0 }}
              cancelText={T.cancel}
              onConfirm={() => remove(t)}
            >
              <Button danger>删除</Button>
            </Popconfirm>
          </Space>
        )
      }
    >
      {t && (
        <>
          <Descriptions column={2} size="small" bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label="层级">
              <LevelTag target={t} />
            </Descriptions.Item>
            <Descriptions.Item label="责任">{t.cadreName ? `${t.cadreName}（${t.unitName}）` : (t.unitName ?? '全县')}</Descriptions.Item>
            <Descriptions.Item label="考核指标">{t.indicator ? t.indicator.name : '—'}</Descriptions.Item>
            <Descriptions.Item label="截止日期">{t.deadline}</Descriptions.Item>
            <Descriptions.Item label="目标值">{valueText(t.targetValue, t)}</Descriptions.Item>
            <Descriptions.Item label="已确认完成值">{valueText(t.confirmedValue, t)}</Descriptions.Item>
            {t.children > 0 ? (
              <Descriptions.Item label="分解情况" span={2}>
                已分解 {t.children} 项{t.assigned !== null ? `，合计 ${valueText(t.assigned, t)}${t.covered ? '，已覆盖目标值' : '，尚未覆盖目标值'}` : ''}
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label="状态" span={2}>
              <TargetStatus target={t} />
            </Descriptions.Item>
            {t.description ? (
              <Descriptions.Item label="目标内容" span={2}>
                {t.description}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          <Typography.Title level={5}>进展记录</Typography.Title>
          {t.children > 0 ? <Typography.Paragraph type="secondary">已分解：下级目标全部确认后，已确认完成值为下级目标之和。</Typography.Paragraph> : null}
          {detail.data?.history.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未填报进展" />
          ) : (
            <List
              dataSource={detail.data?.history ?? []}
              renderItem={(p) => (
                <List.Item
                  actions={
                    canReview && p.state === 'SUBMITTED'
                      ? [
                          <Popconfirm
                            key="ok"
                            title="确认这条进展？"
                            description="确认后完成值计入考核得分。"
                            okText="确认"
                            cancelText={T.cancel}
                            onConfirm={() => confirm(p)}
                          >
                            <Button type="primary" size="small">
                              确认
                            </Button>
                          </Popconfirm>,
                          <Button key="return" size="small" onClick={() => setReturning(p)}>
                            退回
                          </Button>,
                        ]
                      : undefined
                  }
                >
                  <List.Item.Meta
                    title={
                      <Space wrap>
                        <ProgressStateTag state={p.state} />
                        {p.value !== null && <span>完成值 {valueText(p.value, t)}</span>}
                        <Typography.Text type="secondary">
                          {p.reportedBy} 填报于 {when(p.reportedAt)}
                        </Typography.Text>
                      </Space>
                    }
                    description={
                      <Space direction="vertical" size={2}>
                        <span>{p.note}</span>
                        <EvidenceLinks report={p} />
                        {p.state === 'RETURNED' && <Typography.Text type="warning">退回理由：{p.returnReason}</Typography.Text>}
                        {p.reviewedBy && p.reviewedAt && (
                          <Typography.Text type="secondary">
                            {p.reviewedBy} 审核于 {when(p.reviewedAt)}
                          </Typography.Text>
                        )}
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </>
      )}
      {returning && (
        <ReasonModal
          title="退回进展"
          label="退回理由"
          okText="退回"
          danger
          maxLength={500}
          intro="退回后填报人可修改后重新填报。"
          onSubmit={(reason) => targetApi.review(returning.id, { version: returning.version, decision: 'RETURN', reason })}
          onClose={() => setReturning(null)}
          onDone={() => {
            setReturning(null);
            void refresh();
          }}
        />
      )}
    </Drawer>
  );
}
