import type { ItemEntry, ResultView, ScoreSheetView } from '@dandang/shared/assessment/result.schema';
import { ADJUSTMENT_KIND_LABELS, ADJUSTMENT_SOURCE_LABELS } from '@dandang/shared/assessment/scheme.schema';
import { withProgress } from '@dandang/shared/assessment/target.rules';
import { Alert, Col, Divider, Form, Input, InputNumber, Modal, Radio, Row, Space, Statistic, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { describeScoring } from '../components/indicator-text';
import { resultApi } from '../hooks/assessmentApi';
import { entriesFrom, preview, type ScoreFormValues } from './score-entries';

/**
 * 评分 (onSaved closes it): one participant's figures and ratings on their category's score sheet, with the indicator points worked out
 * while typing by the same rules the server scores with. Democratic evaluation and the measures register are added
 * by the server on saving, and the saved score explains them.
 */
export function ScoreModal({ sheet, result, onClose, onSaved }: { sheet: ScoreSheetView; result: ResultView; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<ScoreFormValues>();
  const submit = useModalSubmit(form);
  const [saving, setSaving] = useState(false);
  const values = Form.useWatch([], form) as ScoreFormValues | undefined;
  // Figures the participant's targets give replace typed ones, as on the server.
  const live = preview(sheet, withProgress(entriesFrom(values ?? result.entries), result.progress));

  const save = async (v: ScoreFormValues) => {
    setSaving(true);
    await submit(() => resultApi.saveScore(result.participantId, { version: result.version, entries: entriesFrom(v), comment: v.comment ?? '' }), {
      done: `已保存${result.name}的评分`,
      onDone: onSaved,
      onReload: onClose,
    });
    setSaving(false);
  };

  const fed = sheet.adjustments.filter((a) => a.source !== 'MANUAL');
  return (
    <Modal
      open
      width={760}
      title={`评分：${result.name}（${result.unitName}）`}
      okText="保存评分"
      confirmLoading={saving}
      onOk={() => form.submit()}
      {...formModalProps(onClose)}
    >
      <Typography.Paragraph type="secondary">
        方案“{sheet.schemeName}”，得分公式 <Typography.Text code>{sheet.formula}</Typography.Text>
      </Typography.Paragraph>
      <Form<ScoreFormValues>
        form={form}
        name="score"
        layout="vertical"
        initialValues={{ ...withProgress(result.entries, result.progress), comment: result.comment }}
        onFinish={save}
      >
        {sheet.items.map((item, i) => {
          const def = item.definition;
          const earned = live.points[i];
          const label = (
            <Space key="label">
              <span>{item.name}</span>
              <Typography.Text type="secondary">权重 {item.weight}</Typography.Text>
              <Typography.Text type={earned ? 'success' : 'secondary'}>{earned ? `得 ${earned.points} 分` : '未评分'}</Typography.Text>
            </Space>
          );
          return def.kind === 'QUALITATIVE' ? (
            <Form.Item key={item.indicatorId} name={['items', item.indicatorId, 'level']} label={label}>
              <Radio.Group>
                {def.scale.map((l) => (
                  <Tooltip key={l.code} title={l.anchor || undefined}>
                    <Radio.Button value={l.code}>
                      {l.label}（{l.percent}%）
                    </Radio.Button>
                  </Tooltip>
                ))}
              </Radio.Group>
            </Form.Item>
          ) : (
            <Form.Item
              key={item.indicatorId}
              label={label}
              extra={
                fromTargets(result.progress[item.indicatorId], def.unit) ??
                (def.feed ? `完成值取自数据来源 ${def.feed} 的本期统计，保存时由系统计入（见得分说明）` : describeScoring(def))
              }
              style={{ marginBottom: 12 }}
            >
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item name={['items', item.indicatorId, 'target']} noStyle>
                    <InputNumber
                      addonBefore="目标值"
                      addonAfter={def.unit || undefined}
                      disabled={Boolean(result.progress[item.indicatorId])}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name={['items', item.indicatorId, 'actual']} noStyle>
                    <InputNumber
                      addonBefore="完成值"
                      addonAfter={def.unit || undefined}
                      disabled={Boolean(result.progress[item.indicatorId]) || Boolean(def.feed)}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
              </Row>
            </Form.Item>
          );
        })}
        {sheet.adjustments.some((a) => a.source === 'MANUAL') && <Divider plain>加减分</Divider>}
        {sheet.adjustments
          .filter((a) => a.source === 'MANUAL')
          .map((a) => (
            <Row key={a.name} gutter={12}>
              <Col span={10}>
                <Form.Item
                  name={['adjustments', a.name, 'occurrences']}
                  label={`${ADJUSTMENT_KIND_LABELS[a.kind]}：${a.name}（每次 ${a.pointsEach} 分，上限 ${a.cap}）`}
                >
                  <InputNumber min={0} max={100} precision={0} addonAfter="次" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={14}>
                <Form.Item name={['adjustments', a.name, 'note']} label="事由">
                  <Input maxLength={200} placeholder="如：获县级表彰（文号）" />
                </Form.Item>
              </Col>
            </Row>
          ))}
        {fed.length > 0 && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message={`自动计入：${fed.map((a) => `${a.name}（${ADJUSTMENT_SOURCE_LABELS[a.source]}，每次 ${a.pointsEach} 分，上限 ${a.cap}）`).join('；')}，保存时按考核期内的记录计算`}
          />
        )}
        <Form.Item name="comment" label="评语">
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title="指标得分" value={live.indicators} precision={2} />
        </Col>
        <Col span={6}>
          <Statistic title="人工加分" value={live.bonus} precision={2} />
        </Col>
        <Col span={6}>
          <Statistic title="人工减分" value={live.deduction} precision={2} />
        </Col>
        <Col span={6}>
          <Statistic title="未评指标" value={live.unscored} suffix="项" />
        </Col>
      </Row>
    </Modal>
  );
}

/** Where a quantitative item's figures come from when the participant has targets on it (locked in the dialog). */
function fromTargets(entry: ItemEntry | undefined, unit: string): string | null {
  if (!entry) return null;
  if (entry.actual === undefined) return `取自目标任务：目标值合计 ${entry.target}${unit}，进度尚未全部确认，确认后计分`;
  return `取自目标任务的已确认进度：目标值合计 ${entry.target}${unit}，完成值合计 ${entry.actual}${unit}`;
}
