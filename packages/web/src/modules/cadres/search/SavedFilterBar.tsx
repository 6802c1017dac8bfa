import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import type { CadreFilterInput, SavedFilter } from '@dandang/shared/cadres/cadre-search.schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { searchApi } from './searchApi';

const KEY = ['saved-filters', 'cadres'];

interface Props {
  /** The filter on screen now, to save. */
  current: () => CadreFilterInput;
  /** Puts a saved filter on screen and searches with it. */
  onApply: (filter: CadreFilterInput) => void;
}

/** 常用查询: pick one of my saved filters, save the current one under a name, or delete the picked one. */
export function SavedFilterBar({ current, onApply }: Props) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [picked, setPicked] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  const { data = [] } = useQuery({ queryKey: KEY, queryFn: searchApi.savedFilters });

  const save = useMutation({
    mutationFn: (name: string) => searchApi.saveFilter(name, current()),
    onSuccess: (saved: SavedFilter) => {
      queryClient.invalidateQueries({ queryKey: KEY });
      setPicked(saved.id);
      setSaving(false);
      message.success(`已保存常用查询“${saved.name}”`);
    },
    // A taken name (409) or a bad one shows under the name input.
    onError: (error) => handleError(error, { form }),
  });
  const remove = useMutation({
    mutationFn: (id: string) => searchApi.deleteFilter(id),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: KEY });
      setPicked(undefined);
      message.success('已删除常用查询');
    },
    onError: (error) => handleError(error),
  });

  return (
    <Space wrap>
      <Select
        aria-label="常用查询"
        placeholder="常用查询"
        style={{ width: 200 }}
        allowClear
        value={picked}
        options={data.map((f) => ({ value: f.id, label: f.name }))}
        notFoundContent="还没有保存的查询"
        onClear={() => setPicked(undefined)}
        // onSelect rather than onChange: picking the filter already shown applies it again (e.g. after 重置).
        onSelect={(id: string) => {
          setPicked(id);
          const chosen = data.find((f) => f.id === id);
          if (chosen) onApply(chosen.filter as CadreFilterInput);
        }}
      />
      <Button
        icon={<SaveOutlined />}
        onClick={() => {
          form.resetFields();
          setSaving(true);
        }}
      >
        保存查询
      </Button>
      {picked ? (
        <Popconfirm title="删除这个常用查询？" okText="删除" cancelText="取消" onConfirm={() => remove.mutate(picked)}>
          <Button icon={<DeleteOutlined />} aria-label="删除常用查询" danger />
        </Popconfirm>
      ) : null}
      <Modal
        title="保存为常用查询"
        open={saving}
        okText="保存"
        cancelText="取消"
        confirmLoading={save.isPending}
        onCancel={() => setSaving(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => save.mutate(values.name)}>
          <Form.Item name="name" label="查询名称" rules={[{ required: true, whitespace: true, message: '请填写查询名称' }, { max: 50 }]}>
            <Input placeholder="如：35岁以下可提拔的乡镇党委书记" autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
