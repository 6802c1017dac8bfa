import { ProFormDigit, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { useDictionary } from '../../dictionaries';

/** The fields a unit has, shared by the create dialog and the edit panel so both validate alike. */
export function UnitFormFields({ readonly = false }: { readonly?: boolean }) {
  const unitTypes = useDictionary('unit_type');
  return (
    <>
      <ProFormText
        name="name"
        label="单位名称"
        readonly={readonly}
        rules={[{ required: true, whitespace: true, message: '请输入单位名称' }]}
        fieldProps={{ maxLength: 100 }}
      />
      <ProFormText
        name="code"
        label="单位代码"
        readonly={readonly}
        rules={[{ required: true, whitespace: true, message: '请输入单位代码' }]}
        fieldProps={{ maxLength: 50 }}
      />
      <ProFormSelect name="type" label="单位类型" readonly={readonly} options={unitTypes.options} rules={[{ required: true, message: '请选择单位类型' }]} />
      <ProFormDigit name="sortOrder" label="排序号" readonly={readonly} min={0} fieldProps={{ precision: 0 }} tooltip="同级单位按排序号从小到大排列" />
    </>
  );
}
