import { Alert, Button, DatePicker, Form, Segmented, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { NumberWithUnit } from '../../../platform/ui/NumberWithUnit';
import type { ComputeInput, ComputeResult } from '../calendar.types';
import { calendarApi } from '../hooks/useCalendar';

type Op = ComputeInput['op'];

interface Values {
  from?: Dayjs;
  to?: Dayjs;
  days?: number;
}

const OPS: { value: Op; label: string }[] = [
  { value: 'add', label: 'N个工作日后' },
  { value: 'noticeEnd', label: '公示期末日' },
  { value: 'count', label: '区间工作日数' },
];

const fmt = (d: Dayjs | undefined) => (d ? d.format('YYYY-MM-DD') : '');

function toInput(op: Op, values: Values): ComputeInput {
  if (op === 'add') return { op, from: fmt(values.from), days: values.days ?? 0 };
  if (op === 'noticeEnd') return { op, start: fmt(values.from), days: values.days ?? 5 };
  return { op, from: fmt(values.from), to: fmt(values.to) };
}

function describe(result: ComputeResult): string {
  if ('days' in result) return `共 ${result.days} 个工作日`;
  return `${result.date}（${dayjs(result.date).format('dddd')}）`;
}

/** The server's `workdays` rule over the editable calendar; the same answer every deadline in the system uses. */
export function WorkdayCalculator() {
  const [op, setOp] = useState<Op>('noticeEnd');
  const [result, setResult] = useState<ComputeResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();
  const handleError = useApiErrorHandler();

  const run = async (values: Values) => {
    setBusy(true);
    try {
      setResult(await calendarApi.compute(toInput(op, values)));
    } catch (error) {
      setResult(null);
      // The rule names `start` where this form says `from`.
      handleError(error, { form, mapPath: (path) => [path === 'start' ? 'from' : path] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Segmented<Op>
        options={OPS}
        value={op}
        onChange={(next) => {
          setOp(next);
          setResult(null);
        }}
      />
      <Typography.Text type="secondary">
        {op === 'add' && '起算日当天不计，求其后第 N 个工作日。'}
        {op === 'noticeEnd' && '公示开始日为工作日的计为第 1 天，否则从下一个工作日起算（公示期不少于五个工作日）。'}
        {op === 'count' && '起止两日均计入。'}
      </Typography.Text>
      <Form<Values> form={form} layout="inline" onFinish={run} initialValues={{ from: dayjs(), days: 5 }} style={{ rowGap: 12 }}>
        <Form.Item
          name="from"
          label={op === 'noticeEnd' ? '公示开始日' : op === 'count' ? '开始日期' : '起算日'}
          rules={[{ required: true, message: '请选择日期' }]}
        >
          <DatePicker allowClear={false} />
        </Form.Item>
        {op === 'count' ? (
          <Form.Item name="to" label="结束日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
        ) : (
          <Form.Item name="days" label="工作日数" rules={[{ required: true, message: '请输入天数' }]}>
            <NumberWithUnit unit="个工作日" min={op === 'noticeEnd' ? 1 : 0} max={3660} style={{ width: 180 }} />
          </Form.Item>
        )}
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            计算
          </Button>
        </Form.Item>
      </Form>
      {result && (
        <Alert
          type={result.provisional ? 'warning' : 'success'}
          showIcon
          message={`计算结果：${describe(result)}`}
          description={result.provisional ? '涉及未发布节假日安排的年度，按周一至周五计算，结果为暂定。' : undefined}
        />
      )}
    </Space>
  );
}
