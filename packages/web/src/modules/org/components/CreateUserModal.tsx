import { PlusOutlined } from '@ant-design/icons';
import { ModalForm, ProFormSelect } from '@ant-design/pro-components';
import { Button, Form } from 'antd';
import { usePermission } from '../../../platform/auth/permission';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { searchCadreOptions } from '../../cadres';
import { type CreateUserInput, userApi } from '../hooks/userApi';
import type { User } from '../org.types';
import { UserFormFields } from './UserFormFields';

/** 新增用户; the generated initial password goes back to the page, which shows it once. */
export function CreateUserModal({ onCreated }: { onCreated: (user: User, initialPassword: string) => void }) {
  const [form] = Form.useForm<CreateUserInput>();
  const handleError = useApiErrorHandler();
  const canLinkCadre = Boolean(usePermission('cadre.read'));
  return (
    <ModalForm<CreateUserInput>
      title="新增用户"
      // Prefixes the field ids, which would otherwise repeat the list's search fields (unitId) and misdirect the labels.
      name="createUser"
      form={form}
      width={560}
      modalProps={formModalProps()}
      trigger={
        <Button type="primary" icon={<PlusOutlined />}>
          新增用户
        </Button>
      }
      onFinish={async (values) => {
        try {
          const { user, initialPassword } = await userApi.create({ ...values, username: values.username.trim() });
          onCreated(user, initialPassword);
          return true;
        } catch (error) {
          handleError(error, { form });
          return false;
        }
      }}
    >
      <UserFormFields mode="create" />
      {canLinkCadre && (
        <ProFormSelect
          name="cadreId"
          label="关联干部"
          tooltip="账号属于干部本人时关联其干部档案，可不填"
          showSearch
          debounceTime={300}
          request={({ keyWords }: { keyWords?: string }) => searchCadreOptions(keyWords)}
          fieldProps={{ allowClear: true, filterOption: false, placeholder: '输入姓名搜索' }}
        />
      )}
    </ModalForm>
  );
}
