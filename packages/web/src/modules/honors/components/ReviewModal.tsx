import { ModalForm, ProFormRadio, ProFormTextArea } from '@ant-design/pro-components';
import type { NominationView, ReviewBody } from '@dandang/shared/honors/honor.schema';
import { Form } from 'antd';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { honorsApi } from '../hooks/honorsApi';

interface Values {
  decision: ReviewBody['decision'];
  note?: string;
}

/** 审核 (honor.manage): an eligible nominee goes on the shortlist to be noticed, or not, with the reviewers' note. */
export function ReviewModal({ nomination, onClose, onDone }: { nomination: NominationView; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const submit = useModalSubmit(form);
  return (
    <ModalForm<Values>
      title={`审核：${nomination.cadreName}`}
      name="honorReview"
      form={form}
      open
      width={520}
      modalProps={formModalProps(onClose)}
      initialValues={{ decision: nomination.state === 'NOT_SELECTED' ? 'NOT_SELECTED' : 'SHORTLISTED', note: nomination.reviewNote }}
      onFinish={(values) =>
        submit(() => honorsApi.review(nomination.id, { decision: values.decision, note: values.note?.trim() ?? '', version: nomination.version }), {
          done: '已保存审核意见',
          onDone,
          onReload: onClose,
        })
      }
    >
      <ProFormRadio.Group
        name="decision"
        label="审核意见"
        radioType="button"
        options={[
          { value: 'SHORTLISTED', label: '列为拟表彰人选' },
          { value: 'NOT_SELECTED', label: '未入选' },
        ]}
      />
      <ProFormTextArea name="note" label="说明" fieldProps={{ rows: 2, maxLength: 500 }} />
    </ModalForm>
  );
}
