import { ModalForm, ProFormDependency, ProFormRadio, ProFormText } from '@ant-design/pro-components';
import { App, Form } from 'antd';
import dayjs from 'dayjs';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import type { CalendarDay, DayKind } from '../calendar.types';
import { calendarApi, useInvalidateCalendar } from '../hooks/useCalendar';

interface Values {
  kind: DayKind | 'normal';
  name?: string;
}

interface Props {
  date: string | null;
  current: CalendarDay | undefined;
  onClose: () => void;
}

const KIND_OPTIONS = [
  { value: 'holiday', label: '节假日（休）' },
  { value: 'workday', label: '调休上班（班）' },
  { value: 'normal', label: '常规（按周一至周五）' },
];

/** Sets one day's exception; "常规" removes it so the day follows Monday–Friday again. */
export function DayEditModal({ date, current, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const handleError = useApiErrorHandler();
  const invalidate = useInvalidateCalendar();
  const { message } = App.useApp();
  const weekday = date ? dayjs(date).format('dddd') : '';
  return (
    <ModalForm<Values>
      title={date ? `设置 ${date}（${weekday}）` : ''}
      open={date !== null}
      form={form}
      width={460}
      modalProps={formModalProps(onClose)}
      initialValues={{ kind: current?.kind ?? 'normal', name: current?.name ?? '' }}
      onFinish={async (values) => {
        if (!date) return false;
        try {
          await calendarApi.setDay(date, values.kind, values.name?.trim());
          message.success(`已更新 ${date}`);
          await invalidate();
          onClose();
          return true;
        } catch (error) {
          handleError(error, { form });
          return false;
        }
      }}
    >
      <ProFormRadio.Group name="kind" label="类型" options={KIND_OPTIONS} radioType="button" />
      <ProFormDependency name={['kind']}>
        {({ kind }) =>
          kind === 'normal' ? null : (
            <ProFormText
              name="name"
              label="名称"
              placeholder={kind === 'holiday' ? '如：劳动节' : '如：劳动节调休上班'}
              rules={[{ required: true, whitespace: true, message: '请输入名称' }]}
              fieldProps={{ maxLength: 30 }}
            />
          )
        }
      </ProFormDependency>
    </ModalForm>
  );
}
