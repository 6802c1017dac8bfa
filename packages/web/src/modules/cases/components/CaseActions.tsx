import type { CaseDetail } from '@dandang/shared/cases/case.schema';
import { Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { moveCase } from '../hooks/casesApi';

type Action = CaseDetail['actions'][number];

/** Field names that hold a day: entered with a date picker, sent as YYYY-MM-DD. */
const isDateField = (name: string) => /(On|Date)$/.test(name);

/**
 * The form items of one step. A module gives its own for the steps that need more than text (the collective
 * decision's attendees and votes); any other required field is a date picker or a text box by its name.
 */
export type FieldsFor = (action: Action) => ReactNode | undefined;

function defaultFields(action: Action): ReactNode {
  return Object.entries(action.required).map(([name, label]) => (
    <Form.Item key={name} name={['fields', name]} label={label} rules={[{ required: true, message: `请填写${label}` }]}>
      {isDateField(name) ? <DatePicker style={{ width: 200 }} /> : <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />}
    </Form.Item>
  ));
}

/** Dates as the API takes them; everything else as the form holds it. */
function toFields(values: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, dayjs.isDayjs(v) ? (v as Dayjs).format('YYYY-MM-DD') : v]));
}

/** The next steps the reader may take, each opening a form for its reason and the facts it must record. */
export function CaseActions({ detail, onDone, fieldsFor }: { detail: CaseDetail; onDone: () => void; fieldsFor?: FieldsFor }) {
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<{ note?: string; fields?: Record<string, unknown> }>();
  const [current, setCurrent] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const c = detail.case;

  const submit = async () => {
    if (!current) return;
    const values = await form.validateFields();
    setBusy(true);
    try {
      await moveCase(c.type, c.id, current.action, { version: c.version, note: values.note ?? '', fields: toFields(values.fields) });
      setCurrent(null);
      form.resetFields();
      onDone();
    } catch (error) {
      handleError(error, { form });
    } finally {
      setBusy(false);
    }
  };

  if (detail.actions.length === 0) return null;
  return (
    <>
      <Space wrap>
        {detail.actions.map((a, i) => (
          <Button key={a.action} type={i === 0 ? 'primary' : 'default'} onClick={() => setCurrent(a)}>
            {a.label}
          </Button>
        ))}
      </Space>
      <Modal
        title={current ? `${current.label}（${c.number}）` : ''}
        open={current !== null}
        onOk={submit}
        onCancel={() => setCurrent(null)}
        okText="确定"
        confirmLoading={busy}
        destroyOnHidden
        width={640}
      >
        {current && (
          <Form form={form} layout="vertical" preserve={false}>
            {fieldsFor?.(current) ?? defaultFields(current)}
            <Form.Item
              name="note"
              label={current.noteRequired ? '理由' : '说明'}
              rules={current.noteRequired ? [{ required: true, whitespace: true, message: `${current.label}须写明理由` }] : []}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </>
  );
}
