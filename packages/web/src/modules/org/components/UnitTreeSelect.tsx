import { TreeSelect, type TreeSelectProps } from 'antd';
import { useUnits } from '../hooks/useUnits';

/** A unit picker over the units the user may see, searchable by name; used by every unit filter and unit field. */
export function UnitTreeSelect(props: Omit<TreeSelectProps, 'treeData'>) {
  const { tree, isLoading } = useUnits();
  return (
    <TreeSelect
      treeData={tree}
      loading={isLoading}
      showSearch
      allowClear
      treeNodeFilterProp="title"
      placeholder="选择单位"
      popupMatchSelectWidth={false}
      treeDefaultExpandedKeys={tree.map((node) => node.key)}
      style={{ width: '100%' }}
      {...props}
    />
  );
}
