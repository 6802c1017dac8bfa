import { ProFormTextArea } from '@ant-design/pro-components';
import type { SubmissionDetail } from '@dandang/shared/participation/participation-view.schema';
import { Button, Space, Tooltip } from 'antd';
import { StepModal } from '../../../platform/forms/StepModal';
import { participationApi } from '../hooks/participationApi';

const ANSWERS = new Set(['adopt', 'decline']);

/**
 * 办理 buttons: every step of the workflow, greyed out with the reason when the rules refuse it now (the server
 * checks the same rules). Adopting and declining ask for the official answer the public reads.
 */
export function ActionButtons({ detail, onDone }: { detail: SubmissionDetail; onDone: () => void }) {
  const visible = detail.actions.filter((a) => a.allowed || a.reasons.every((r) => r.code !== 'WRONG_STATE'));
  if (visible.length === 0) return null;
  return (
    <Space wrap>
      {visible.map((a) => {
        const answers = ANSWERS.has(a.action);
        const button = (
          <Button type={a.action === 'adopt' ? 'primary' : 'default'} danger={a.action === 'decline'} disabled={!a.allowed}>
            {a.label}
          </Button>
        );
        if (!a.allowed) {
          return (
            <Tooltip key={a.action} title={a.reasons.map((r) => r.text).join('；')}>
              {button}
            </Tooltip>
          );
        }
        return (
          <StepModal<{ text: string }>
            key={a.action}
            title={a.label}
            trigger={button}
            done="已办理"
            onDone={onDone}
            submit={(v) => participationApi.act(detail.id, a.action, { version: detail.version, ...(answers ? { answer: v.text } : { note: v.text }) })}
          >
            <ProFormTextArea
              name="text"
              label={answers ? '答复意见（公开给提交人）' : '办理说明'}
              fieldProps={{ rows: answers ? 6 : 3, maxLength: answers ? 2000 : 1000, showCount: true }}
              rules={[{ required: true, message: answers ? '请填写答复意见' : '请填写办理说明' }]}
            />
          </StepModal>
        );
      })}
    </Space>
  );
}
