import { type EditableFormInstance, EditableProTable, type ProColumns } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Select, Space, Tag, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { type Key, useMemo, useRef, useState } from 'react';
import { T, TAG_COLORS } from '../../../i18n/zh-CN';
import { isApiError } from '../../../platform/api/api-error';
import { api } from '../../../platform/api/client';
import { applyFieldErrors, toNamePath } from '../../../platform/forms/field-errors';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import type { Dictionary, DictionaryItem } from '../dictionaries.types';
import { DICTIONARIES_KEY } from '../hooks/useDictionaries';

/** Rows need a key that survives editing `value` itself, so a row's identity is not its code. */
type Row = DictionaryItem & { key: string };

let nextKey = 0;
const newKey = () => `row-${++nextKey}`;

function toRows(items: DictionaryItem[]): Row[] {
  return [...items].sort((a, b) => a.sortOrder - b.sortOrder).map((item) => ({ ...item, key: newKey() }));
}

/**
 * Errors under the input instead of pro-table's default error popover: the message stays visible beside its cell, and
 * the popover (a Fragment child of antd Popover) logs a React 19 warning on every render.
 */
const inlineErrors = (rules: Rule[]) => ({ rules, errorType: 'default' }) as { rules: Rule[] };

const colorOptions = TAG_COLORS.map((color) => ({ value: color.value, label: <Tag color={color.value}>{color.label}</Tag> }));

/** Every item of one dictionary, all editable at once, saved together with PUT (the server replaces the list). */
export function DictionaryItemsEditor({ dictionary }: { dictionary: Dictionary }) {
  const [rows, setRows] = useState<Row[]>(() => toRows(dictionary.items));
  const [editableKeys, setEditableKeys] = useState<Key[]>(() => rows.map((row) => row.key));
  const [saving, setSaving] = useState(false);
  const formRef = useRef<EditableFormInstance<Row>>(undefined);
  const handleError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const { message } = App.useApp();

  const columns = useMemo<ProColumns<Row>[]>(
    () => [
      {
        title: '代码值',
        dataIndex: 'value',
        width: 140,
        formItemProps: inlineErrors([{ required: true, whitespace: true, message: '请输入代码值' }]),
      },
      {
        title: '名称',
        dataIndex: 'label',
        formItemProps: inlineErrors([{ required: true, whitespace: true, message: '请输入名称' }]),
      },
      { title: '排序', dataIndex: 'sortOrder', valueType: 'digit', width: 100, fieldProps: { precision: 0, min: 0 } },
      {
        title: '标签颜色',
        dataIndex: 'color',
        width: 150,
        renderFormItem: () => <Select allowClear placeholder="默认" options={colorOptions} />,
        render: (_, row) => (row.color ? <Tag color={row.color}>{row.label}</Tag> : '默认'),
      },
      { title: '停用', dataIndex: 'disabled', valueType: 'switch', width: 80 },
      { title: T.actions, valueType: 'option', width: 80 },
    ],
    [],
  );

  const save = async () => {
    try {
      await formRef.current?.validateFields();
    } catch {
      message.error('请按提示修改标红的内容');
      return;
    }
    setSaving(true);
    try {
      const items = rows.map(({ key: _key, ...item }) => ({ ...item, color: item.color || null, disabled: Boolean(item.disabled) }));
      await api.put<Dictionary>(`/api/v1/dictionaries/${dictionary.code}`, { items });
      message.success(`已保存“${dictionary.name}”`);
      await queryClient.invalidateQueries({ queryKey: DICTIONARIES_KEY });
    } catch (error) {
      // The server names rows by position (`items.3.label`); the editable form names them by row key.
      const form = formRef.current;
      if (form && isApiError(error) && error.fields.length > 0) {
        const unmatched = applyFieldErrors(form, error.fields, {
          mapPath: (path) => {
            const [head, index, ...rest] = toNamePath(path);
            const row = head === 'items' && typeof index === 'number' ? rows[index] : undefined;
            return row ? [row.key, ...rest] : null;
          },
        });
        message.error(unmatched.length > 0 ? error.message : '请按提示修改标红的内容');
      } else {
        handleError(error);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        字典编码 <Typography.Text code>{dictionary.code}</Typography.Text>；停用的代码项不再出现在下拉选项中，已保存的数据仍按原名称显示。
      </Typography.Text>
      <EditableProTable<Row>
        rowKey="key"
        value={rows}
        onChange={(next) => setRows([...next])}
        editableFormRef={formRef}
        columns={columns}
        scroll={{ x: 720 }}
        recordCreatorProps={{
          position: 'bottom',
          creatorButtonText: '添加代码项',
          record: () => ({
            key: newKey(),
            value: '',
            label: '',
            sortOrder: rows.reduce((max, row) => Math.max(max, row.sortOrder ?? 0), 0) + 1,
            color: null,
            disabled: false,
          }),
        }}
        editable={{
          type: 'multiple',
          editableKeys,
          onChange: setEditableKeys,
          onValuesChange: (_record, list) => setRows(list),
          // The wrapping ProForm would clone its first child (a Fragment) with autoFocus, which React 19 warns about.
          // (The prop reaches ProForm at runtime; the editable typings omit it.)
          formProps: { autoFocusFirstInput: false } as object,
          // Our own link rather than the built-in delete (whose Popconfirm wraps a Fragment and warns under React 19);
          // nothing is lost until 保存, and 撤销更改 brings a row back.
          actionRender: (row) => [
            <Typography.Link key="delete" onClick={() => setRows((list) => list.filter((item) => item.key !== row.key))}>
              {T.delete}
            </Typography.Link>,
          ],
        }}
      />
      <Space>
        <Button type="primary" loading={saving} onClick={save}>
          {T.save}
        </Button>
        <Button
          disabled={saving}
          onClick={() => {
            const reset = toRows(dictionary.items);
            setRows(reset);
            setEditableKeys(reset.map((row) => row.key));
          }}
        >
          撤销更改
        </Button>
      </Space>
    </Space>
  );
}
