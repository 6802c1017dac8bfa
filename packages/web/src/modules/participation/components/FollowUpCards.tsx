import { ProFormDatePicker, ProFormDependency, ProFormDigit, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { REWARD_FORMS } from '@dandang/shared/participation/participation.codes';
import { ADOPTED_STATES } from '@dandang/shared/participation/participation.states';
import type { SubmissionDetail } from '@dandang/shared/participation/participation-view.schema';
import { Button, Card, Descriptions, Typography } from 'antd';
import { StepModal } from '../../../platform/forms/StepModal';
import { participationApi } from '../hooks/participationApi';
import { Milestones } from './Milestones';

const dateField = { valueFormat: 'YYYY-MM-DD', style: { width: '100%' } } as const;

/** 推进节点 of an adopted submission: adding one, and each one's progress. */
export function MilestonesCard({ detail, canHandle, onDone }: { detail: SubmissionDetail; canHandle: boolean; onDone: () => void }) {
  const open = canHandle && detail.state.code === 'ADOPTED';
  return (
    <Card
      size="small"
      title={`推进节点${detail.progress === null ? '' : `（总体 ${detail.progress}%）`}`}
      extra={
        open && (
          <StepModal<{ title: string; plannedOn: string }>
            title="新增推进节点"
            trigger={<Button size="small">新增节点</Button>}
            done="已新增节点"
            onDone={onDone}
            submit={(v) => participationApi.addMilestone(detail.id, v)}
          >
            <ProFormText name="title" label="节点名称" rules={[{ required: true, message: '请填写节点名称' }]} fieldProps={{ maxLength: 100 }} />
            <ProFormDatePicker name="plannedOn" label="计划完成日期" rules={[{ required: true, message: '请选择日期' }]} fieldProps={dateField} />
          </StepModal>
        )
      }
    >
      <Milestones
        items={detail.milestones}
        action={(m) =>
          open && !m.doneOn ? (
            <StepModal<{ percent: number; note: string; doneOn?: string }>
              title={`更新进展：${m.title}`}
              trigger={<Button size="small">更新进展</Button>}
              initialValues={{ percent: m.percent }}
              done="已更新进展"
              onDone={onDone}
              submit={(v) =>
                participationApi.progress(detail.id, m.id, {
                  version: detail.milestones.find((x) => x.id === m.id)?.version ?? 0,
                  ...v,
                  doneOn: v.doneOn ?? null,
                })
              }
            >
              <ProFormDigit
                name="percent"
                label="完成进度（%）"
                min={0}
                max={100}
                fieldProps={{ precision: 0 }}
                rules={[{ required: true, message: '请填写进度' }]}
              />
              <ProFormTextArea
                name="note"
                label="进展情况"
                rules={[{ required: true, message: '请填写进展情况' }]}
                fieldProps={{ maxLength: 500, showCount: true }}
              />
              <ProFormDatePicker name="doneOn" label="完成日期（进度 100% 时填写）" fieldProps={dateField} />
            </StepModal>
          ) : null
        }
      />
    </Card>
  );
}

/** 奖励记录 of an adopted submission (one per submission). */
export function RewardCard({ detail, canHandle, onDone }: { detail: SubmissionDetail; canHandle: boolean; onDone: () => void }) {
  const r = detail.reward;
  const canRecord = canHandle && !r && ADOPTED_STATES.includes(detail.state.code);
  if (!r && !canRecord) return null;
  return (
    <Card
      size="small"
      title="奖励"
      extra={
        canRecord && (
          <StepModal<{ form: string; amountYuan?: number; grantedOn: string; note: string }>
            title="记录奖励"
            trigger={<Button size="small">记录奖励</Button>}
            done="已记录奖励"
            onDone={onDone}
            submit={(v) => participationApi.reward(detail.id, { version: detail.version, ...v })}
          >
            <ProFormSelect
              name="form"
              label="奖励形式"
              options={Object.entries(REWARD_FORMS).map(([value, label]) => ({ value, label }))}
              rules={[{ required: true, message: '请选择奖励形式' }]}
            />
            <ProFormDependency name={['form']}>
              {({ form: chosen }) =>
                chosen === 'CASH' && <ProFormDigit name="amountYuan" label="奖金金额（元）" min={0.01} rules={[{ required: true, message: '请填写金额' }]} />
              }
            </ProFormDependency>
            <ProFormDatePicker name="grantedOn" label="奖励日期" rules={[{ required: true, message: '请选择日期' }]} fieldProps={dateField} />
            <ProFormTextArea name="note" label="奖励说明" rules={[{ required: true, message: '请填写奖励说明' }]} fieldProps={{ maxLength: 500 }} />
          </StepModal>
        )
      }
    >
      {r ? (
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="形式">{r.form.label}</Descriptions.Item>
          {r.amountYuan !== null && <Descriptions.Item label="金额">{r.amountYuan} 元</Descriptions.Item>}
          <Descriptions.Item label="日期">{r.grantedOn}</Descriptions.Item>
          <Descriptions.Item label="说明" span={3}>
            {r.note}
          </Descriptions.Item>
          <Descriptions.Item label="记录人">{r.recordedByName}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">尚未记录奖励</Typography.Text>
      )}
    </Card>
  );
}
