import { ProFormSelect, ProFormSwitch, ProFormText } from '@ant-design/pro-components';
import { Form } from 'antd';
import { ROLE_OPTIONS } from '../role-options';
import { UnitTreeSelect } from './UnitTreeSelect';

/** Fields shared by 新增用户 and 编辑用户; the user name is fixed once created, the disabled switch only exists after. */
export function UserFormFields({ mode }: { mode: 'create' | 'edit' }) {
  return (
    <>
      {mode === 'create' && (
        <ProFormText
          name="username"
          label="用户名"
          rules={[
            { required: true, whitespace: true, message: '请输入用户名' },
            { pattern: /^[A-Za-z0-9_.-]{2,64}$/, message: '用户名由 2–64 位字母、数字、下划线、点或短横线组成' },
          ]}
          fieldProps={{ autoComplete: 'off' }}
        />
      )}
      <ProFormText name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]} fieldProps={{ maxLength: 50 }} />
      <Form.Item name="unitId" label="所在单位" rules={[{ required: true, message: '请选择所在单位' }]}>
        <UnitTreeSelect />
      </Form.Item>
      <ProFormSelect name="roles" label="角色" mode="multiple" options={ROLE_OPTIONS} rules={[{ required: true, message: '请至少选择一个角色' }]} />
      {mode === 'edit' && <ProFormSwitch name="disabled" label="停用账号" tooltip="停用后该用户无法登录，已登录的会话随即失效" />}
    </>
  );
}
