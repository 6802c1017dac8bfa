import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { searchCadreOptions } from '../hooks/cadreApi';

/** A cadre picker searching the registry by name within the reader's scope; `mode="multiple"` picks several. */
export function CadreSelect(props: Omit<SelectProps, 'options' | 'onSearch' | 'filterOption' | 'showSearch'>) {
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  return (
    <Select
      showSearch
      filterOption={false}
      placeholder="输入姓名查找"
      options={options}
      onSearch={(keyword) => searchCadreOptions(keyword).then(setOptions)}
      onFocus={() => options.length === 0 && searchCadreOptions().then(setOptions)}
      {...props}
    />
  );
}
