import { ProFormSwitch, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import type { SubmissionDetail } from '@dandang/shared/participation/participation-view.schema';
import { Button } from 'antd';
import { StepModal } from '../../../platform/forms/StepModal';
import { participationApi } from '../hooks/participationApi';

/** 内容处理: hide the content or give the public a redacted text; the original stays in the record. */
export function ModerationButton({ detail, onDone }: { detail: SubmissionDetail; onDone: () => void }) {
  const original = detail.original ?? { title: detail.title, content: detail.content };
  return (
    <StepModal<{ hidden: boolean; redactedTitle: string; redactedContent: string; reason: string }>
      title="内容处理"
      trigger={<Button danger>内容处理</Button>}
      done="已处理"
      onDone={onDone}
      initialValues={{ hidden: detail.hidden, redactedTitle: detail.original ? detail.title : '', redactedContent: '' }}
      submit={(v) => participationApi.moderate(detail.id, { version: detail.version, ...v })}
    >
      <ProFormSwitch name="hidden" label="屏蔽内容（公开页面只显示“已屏蔽”提示）" />
      <ProFormText name="redactedTitle" label="公开标题（留空则用原标题）" fieldProps={{ maxLength: 60, placeholder: original.title }} />
      <ProFormTextArea
        name="redactedContent"
        label="公开内容（删去不当言论后的文字；留空则用原文）"
        fieldProps={{ rows: 4, maxLength: 2000, placeholder: original.content }}
      />
      <ProFormText name="reason" label="处理理由" rules={[{ required: true, message: '请填写处理理由' }]} fieldProps={{ maxLength: 200 }} />
    </StepModal>
  );
}
