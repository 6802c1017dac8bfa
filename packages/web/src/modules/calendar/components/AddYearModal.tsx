import { PlusOutlined } from '@ant-design/icons';
import { ModalForm, ProFormDigit } from '@ant-design/pro-components';
import { App, Button, Form } from 'antd';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { calendarApi, useInvalidateCalendar } from '../hooks/useCalendar';

/** Opens a new year (published, no exceptions yet) so its holiday arrangement can be entered day by day. */
export function AddYearModal({ suggested, onAdded }: { suggested: number; onAdded: (year: number) => void }) {
  const [form] = Form.useForm<{ year: number }>();
  const handleError = useApiErrorHandler();
  const invalidate = useInvalidateCalendar();
  const { message } = App.useApp();
  return (
    <ModalForm<{ year: number }>
      title="新增年度"
      form={form}
      width={400}
      modalProps={formModalProps()}
      initialValues={{ year: suggested }}
      trigger={<Button icon={<PlusOutlined />}>新增年度</Button>}
      onFinish={async ({ year }) => {
        try {
          await calendarApi.createYear(year);
          message.success(`已新增 ${year} 年度，请逐日设置节假日和调休上班日`);
          await invalidate();
          onAdded(year);
          return true;
        } catch (error) {
          handleError(error, { form });
          return false;
        }
      }}
    >
      <ProFormDigit name="year" label="年度" min={2000} max={2100} fieldProps={{ precision: 0 }} rules={[{ required: true, message: '请输入年度' }]} />
    </ModalForm>
  );
}
