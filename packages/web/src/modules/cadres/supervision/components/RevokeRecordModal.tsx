import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import { SUPERVISION_KIND_LABELS, type SupervisionRecord } from '@dandang/shared/cadres/supervision.schema';
import { App, Form } from 'antd';
import { useApiErrorHandler } from '../../../../platform/forms/useApiErrorHandler';
import { supervisionApi } from '../hooks/supervisionApi';

/** Revokes a record with a written reason; a record that wrote a measure revokes that measure too. */
export function RevokeRecordModal({ record, onClose, onDone }: { record: SupervisionRecord; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  return (
    <ModalForm<{ reason: string }>
      title={`撤销${SUPERVISION_KIND_LABELS[record.kind]}记录`}
      name="revokeSupervision"
      form={form}
      open
      modalProps={{ destroyOnHidden: true, onCancel: onClose, okButtonProps: { danger: true } }}
      submitter={{ searchConfig: { submitText: '撤销' } }}
      onFinish={async ({ reason }) => {
        try {
          await supervisionApi.revoke(record.id, { reason, version: record.version });
          message.success('已撤销');
          onDone();
          return true;
        } catch (error) {
          handleError(error, { form, onReload: onDone });
          return false;
        }
      }}
    >
      {record.measureId && <p>该记录已登记为处理处分措施，撤销后该措施一并撤销、不再计入影响期。</p>}
      <ProFormTextArea
        name="reason"
        label="撤销原因"
        rules={[{ required: true, min: 2, message: '请填写撤销原因（至少2个字）' }]}
        fieldProps={{ rows: 3, maxLength: 500 }}
      />
    </ModalForm>
  );
}
