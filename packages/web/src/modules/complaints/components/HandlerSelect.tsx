import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { complaintsApi } from '../hooks/complaintsApi';

type Option = { value: string; label: string };

/** Picks handlers among the accounts the server says may handle complaints (handler-options), searched by name. */
export function HandlerSelect(props: Omit<SelectProps, 'options' | 'onSearch' | 'filterOption' | 'showSearch' | 'mode'>) {
  const [options, setOptions] = useState<Option[]>([]);
  const load = (q?: string) =>
    complaintsApi.handlerOptions(q).then((list) => setOptions(list.map((u) => ({ value: u.id, label: `${u.name}（${u.unitName}）` }))));
  return (
    <Select
      mode="multiple"
      showSearch
      filterOption={false}
      placeholder="输入姓名查找承办人"
      options={options}
      onSearch={load}
      onFocus={() => options.length === 0 && load()}
      {...props}
    />
  );
}
