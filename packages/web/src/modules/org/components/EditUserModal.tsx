import { ModalForm } from '@ant-design/pro-components';
import { App, Form, Typography } from 'antd';
import { T } from '../../../i18n/zh-CN';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { type UpdateUserInput, userApi } from '../hooks/userApi';
import type { User } from '../org.types';
import { UserFormFields } from './UserFormFields';

type Values = Omit<UpdateUserInput, 'version'>;

interface Props {
  user: User;
  onSaved: () => void;
}

export function EditUserModal({ user, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  return (
    <ModalForm<Values>
      title={`编辑用户：${user.displayName}`}
      name="editUser"
      form={form}
      width={560}
      modalProps={formModalProps()}
      trigger={<Typography.Link>{T.edit}</Typography.Link>}
      initialValues={{ displayName: user.displayName, unitId: user.unitId ?? undefined, roles: user.roles, disabled: user.disabled }}
      onFinish={async (values) => {
        try {
          await userApi.update(user.id, { ...values, version: user.version });
          message.success(T.saved);
          onSaved();
          return true;
        } catch (error) {
          handleError(error, { form, onReload: onSaved });
          return false;
        }
      }}
    >
      <UserFormFields mode="edit" />
    </ModalForm>
  );
}
