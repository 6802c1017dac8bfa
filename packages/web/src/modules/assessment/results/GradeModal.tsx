import { ModalForm, ProFormRadio, ProFormTextArea } from '@ant-design/pro-components';
import type { ResultView } from '@dandang/shared/assessment/result.schema';
import { Alert, Form } from 'antd';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { resultApi } from '../hooks/assessmentApi';
import { gradeReasonsText } from './GradeTag';

type Values = { grade: string; reason: string };
const NO_GRADE = '__NONE__';

/**
 * 调整等次: a new grade with its reason. The server refuses one that breaks the pool's quota or the person's
 * annual-grade effects and says why; the dialog shows that answer and stays open.
 */
export function GradeModal({
  result,
  grades,
  onClose,
  onSaved,
}: {
  result: ResultView;
  grades: Array<{ code: string; label: string }>;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const submit = useModalSubmit(form);
  const options = [...grades.map((g) => ({ value: g.code, label: g.label })), { value: NO_GRADE, label: '不定等次（只写评语）' }];
  return (
    <ModalForm<Values>
      title={`调整等次：${result.name}`}
      name="grade"
      form={form}
      open
      width={560}
      modalProps={formModalProps(onClose)}
      initialValues={{ grade: result.grade ?? NO_GRADE }}
      submitter={{ searchConfig: { submitText: '确定调整' } }}
      onFinish={(v) =>
        submit(() => resultApi.changeGrade(result.participantId, { version: result.version, grade: v.grade === NO_GRADE ? null : v.grade, reason: v.reason }), {
          done: `已调整${result.name}的等次`,
          onDone: onSaved,
          onReload: onClose,
        })
      }
    >
      <Alert type="info" showIcon style={{ marginBottom: 16, whiteSpace: 'pre-line' }} message="拟定依据" description={gradeReasonsText(result)} />
      <ProFormRadio.Group name="grade" label="等次" radioType="button" options={options} rules={[{ required: true, message: '请选择等次' }]} />
      <ProFormTextArea
        name="reason"
        label="调整理由"
        fieldProps={{ rows: 3, maxLength: 500, showCount: true }}
        rules={[{ required: true, message: '请填写调整理由' }]}
      />
    </ModalForm>
  );
}
