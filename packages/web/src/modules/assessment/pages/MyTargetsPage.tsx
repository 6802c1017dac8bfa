import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { EvidenceView, TargetView } from '@dandang/shared/assessment/target.schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Grid, Input, InputNumber, List, Skeleton, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Page } from '../../../layout/Page';
import { ApiError } from '../../../platform/api/api-error';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { ASSESSMENT_KEY, targetApi } from '../hooks/assessmentApi';
import { EvidenceLinks } from '../targets/TargetDrawer';
import { ProgressStateTag, valueText } from '../targets/target-labels';

/** What one row will report: pre-filled from the newest report (or the confirmed value), changed by the person. */
interface Draft {
  value: number | null;
  note: string;
  evidence: EvidenceView[];
}

const prefill = (t: TargetView): Draft => ({ value: t.latest?.value ?? t.confirmedValue, note: t.latest?.note ?? '', evidence: [] });
const changed = (t: TargetView, d: Draft) => {
  const p = prefill(t);
  return d.value !== p.value || d.note !== p.note || d.evidence.length > 0;
};
const quantitative = (t: TargetView) => t.indicator?.kind === 'QUANTITATIVE';
/** Not reported on now: a report waits for the leader, or the target was decomposed and sums its children's. */
const pending = (t: TargetView) => t.latest?.state === 'SUBMITTED';
const locked = (t: TargetView) => pending(t) || t.children > 0;
const lockedHint = (t: TargetView) => (t.children > 0 ? '已分解，进展由下级目标汇总' : '已提交，等待确认');

/**
 * 我的目标任务: every target one may report on, in every cycle taking reports, on one screen pre-filled with the last
 * report. Changed rows are sent together; a row waiting for the leader cannot be reported again until decided.
 */
export function MyTargetsPage() {
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const mine = useQuery({ queryKey: [ASSESSMENT_KEY, 'my-targets'], queryFn: () => targetApi.mine() });
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, string[]>>({});
  const [saving, setSaving] = useState(false);
  // A phone shows each target as a card, its fields one under another, instead of a table scrolled sideways.
  const phone = !Grid.useBreakpoint().md;

  if (mine.error) return <Page>{<Alert type="error" showIcon message={(mine.error as Error).message} />}</Page>;
  if (!mine.data) return <Page>{<Skeleton active />}</Page>;
  const all = mine.data.flatMap((c) => c.targets);
  const draftOf = (t: TargetView) => drafts[t.id] ?? prefill(t);
  const edit = (t: TargetView, patch: Partial<Draft>) => setDrafts((d) => ({ ...d, [t.id]: { ...draftOf(t), ...patch } }));
  const toSend = all.filter((t) => !locked(t) && changed(t, draftOf(t)));

  const attach = async (t: TargetView, file: File) => {
    try {
      const saved = await targetApi.uploadEvidence(file);
      // Several files may finish at once: append to the row as it is then, not as it was when this one started.
      setDrafts((d) => {
        const row = d[t.id] ?? prefill(t);
        return { ...d, [t.id]: { ...row, evidence: [...row.evidence, saved] } };
      });
    } catch (error) {
      handleError(error);
    }
  };
  const submit = async () => {
    setSaving(true);
    setRowErrors({});
    try {
      await targetApi.report({
        reports: toSend.map((t) => {
          const d = draftOf(t);
          return { targetId: t.id, value: quantitative(t) ? d.value : null, note: d.note, evidenceIds: d.evidence.map((e) => e.id) };
        }),
      });
      message.success(`已提交 ${toSend.length} 项进展，等待单位负责人确认`);
      setDrafts({});
      await queryClient.invalidateQueries({ queryKey: [ASSESSMENT_KEY] });
    } catch (error) {
      // `reports.2.value` names the third row sent: show each message on its row.
      if (error instanceof ApiError && error.fields.length > 0) {
        const byRow: Record<string, string[]> = {};
        for (const f of error.fields) {
          const sent = toSend[Number(f.path.split('.')[1])];
          if (sent) byRow[sent.id] = [...(byRow[sent.id] ?? []), f.message];
        }
        setRowErrors(byRow);
      }
      handleError(error, { onReload: () => mine.refetch() });
    } finally {
      setSaving(false);
    }
  };

  // Each part of a row, shared by the table on a desk and the cards on a phone.
  const cell = {
    target: (t: TargetView) => (
      <Space direction="vertical" size={0}>
        <Typography.Text strong>{t.title}</Typography.Text>
        <Typography.Text type="secondary">
          {t.indicator?.name ?? '无考核指标'} · 截止 {t.deadline} {t.overdue && <Tag color="error">逾期</Tag>}
        </Typography.Text>
      </Space>
    ),
    targetValue: (t: TargetView) => valueText(t.targetValue, t),
    latest: (t: TargetView) => (
      <Space direction="vertical" size={0}>
        <ProgressStateTag state={t.latest?.state ?? null} />
        {t.latest?.state === 'RETURNED' && <Typography.Text type="warning">退回理由：{t.latest.returnReason}</Typography.Text>}
        {t.confirmedValue !== null && <Typography.Text type="secondary">已确认 {valueText(t.confirmedValue, t)}</Typography.Text>}
      </Space>
    ),
    value: (t: TargetView) =>
      quantitative(t) ? (
        <InputNumber
          aria-label={`${t.title}完成值`}
          value={draftOf(t).value}
          disabled={locked(t)}
          addonAfter={t.indicator?.unit || undefined}
          onChange={(v) => edit(t, { value: v })}
          style={{ width: '100%' }}
        />
      ) : (
        <Typography.Text type="secondary">—</Typography.Text>
      ),
    note: (t: TargetView) => (
      <Space direction="vertical" style={{ width: '100%' }} size={2}>
        <Input.TextArea
          aria-label={`${t.title}进展情况`}
          value={draftOf(t).note}
          disabled={locked(t)}
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={1000}
          placeholder={locked(t) ? lockedHint(t) : '做了什么、完成到哪一步'}
          onChange={(e) => edit(t, { note: e.target.value })}
        />
        {(rowErrors[t.id] ?? []).map((m) => (
          <Typography.Text key={m} type="danger">
            {m}
          </Typography.Text>
        ))}
      </Space>
    ),
    evidence: (t: TargetView) => (
      <Space direction="vertical" size={2}>
        {t.latest && pending(t) ? (
          <EvidenceLinks report={t.latest} />
        ) : t.children > 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <>
            {draftOf(t).evidence.map((e) => (
              <span key={e.id}>
                <PaperClipOutlined /> {e.name}
              </span>
            ))}
            <Upload
              showUploadList={false}
              multiple
              beforeUpload={(file) => {
                void attach(t, file);
                return false;
              }}
            >
              <Button size="small" icon={<UploadOutlined />} aria-label={`${t.title}上传佐证材料`}>
                上传{t.indicator?.evidenceRequired ? '（必传）' : ''}
              </Button>
            </Upload>
          </>
        )}
      </Space>
    ),
  };

  return (
    <Page
      extra={
        all.length > 0 && (
          <Button type="primary" disabled={toSend.length === 0} loading={saving} onClick={submit}>
            提交进展{toSend.length > 0 ? `（${toSend.length} 项）` : ''}
          </Button>
        )
      }
    >
      {mine.data.length === 0 && (
        <Card>
          <Empty description="目前没有需要填报进展的目标任务" />
        </Card>
      )}
      {mine.data.map(({ cycle, targets }) => (
        <Card key={cycle.id} size="small" title={cycle.name} style={{ marginBottom: 16 }}>
          {phone ? (
            <List
              dataSource={targets}
              rowKey="id"
              split={false}
              renderItem={(t) => (
                <Card size="small" type="inner" style={{ marginBottom: 12 }} title={cell.target(t)}>
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <Space wrap>
                      <Typography.Text type="secondary">目标值</Typography.Text>
                      {cell.targetValue(t)}
                      {cell.latest(t)}
                    </Space>
                    {quantitative(t) && cell.value(t)}
                    {cell.note(t)}
                    {cell.evidence(t)}
                  </Space>
                </Card>
              )}
            />
          ) : (
            <Table<TargetView>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={targets}
              scroll={{ x: 1100 }}
              columns={[
                { title: '目标任务', width: 260, render: (_, t) => cell.target(t) },
                { title: '目标值', width: 100, render: (_, t) => cell.targetValue(t) },
                { title: '最近进展', width: 180, render: (_, t) => cell.latest(t) },
                { title: '本次完成值', width: 150, render: (_, t) => cell.value(t) },
                { title: '进展情况', render: (_, t) => cell.note(t) },
                { title: '佐证材料', width: 220, render: (_, t) => cell.evidence(t) },
              ]}
            />
          )}
        </Card>
      ))}
    </Page>
  );
}
