import { ProFormSelect, ProFormSwitch, ProFormText } from '@ant-design/pro-components';
import { SUBMISSION_KINDS } from '@dandang/shared/participation/participation.codes';
import type { CategoryView } from '@dandang/shared/participation/participation-view.schema';
import { Button, Form } from 'antd';
import { StepModal } from '../../../platform/forms/StepModal';
import { UnitTreeSelect } from '../../org/components/UnitTreeSelect';
import { participationApi } from '../hooks/participationApi';

type Values = { kind: string; name: string; unitId: string; active: boolean };

/** 新增或修改类别: its name, the unit its submissions go to, and whether the public may choose it. */
export function CategoryFormButton({ category, onDone }: { category?: CategoryView; onDone: () => void }) {
  return (
    <StepModal<Values>
      title={category ? `修改类别：${category.name}` : '新增类别'}
      trigger={
        category ? (
          <Button type="link" size="small">
            修改
          </Button>
        ) : (
          <Button type="primary">新增类别</Button>
        )
      }
      done="已保存"
      onDone={onDone}
      initialValues={category ?? { kind: 'IDEA', active: true }}
      submit={({ kind, ...v }) =>
        category ? participationApi.updateCategory(category.id, { ...v, version: category.version }) : participationApi.createCategory({ kind, ...v })
      }
    >
      <ProFormSelect
        name="kind"
        label="类型"
        disabled={category !== undefined}
        options={Object.entries(SUBMISSION_KINDS).map(([value, label]) => ({ value, label }))}
        rules={[{ required: true, message: '请选择类型' }]}
      />
      <ProFormText name="name" label="类别名称" rules={[{ required: true, message: '请填写类别名称' }]} fieldProps={{ maxLength: 30 }} />
      <Form.Item name="unitId" label="承办单位" rules={[{ required: true, message: '请选择承办单位' }]}>
        <UnitTreeSelect />
      </Form.Item>
      <ProFormSwitch name="active" label="启用（停用后公众不能再选择，已提交的事项不受影响）" />
    </StepModal>
  );
}
