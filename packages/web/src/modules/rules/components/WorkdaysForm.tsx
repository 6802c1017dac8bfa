import { Col, Form, Radio, Row } from 'antd';
import dayjs from 'dayjs';
import { NumberWithUnit } from '../../../platform/ui/NumberWithUnit';
import { describeWorkdays } from '../result-views';
import type { RuleFormSpec, WorkdaysInput, WorkdaysResult } from '../rules.types';
import { WORKDAY_OPS } from '../rules-labels';
import { DateField } from './DateField';

type Op = WorkdaysInput['op'];

// Each operation keeps the rule's own field names (`start` for a notice period), so server errors need no mapping.
interface Values {
  op: Op;
  from?: string;
  start?: string;
  to?: string;
  days?: number;
}

const HINTS: Record<Op, string> = {
  add: '起算日当天不计，求其后第 N 个工作日（N 为 0 时即起算日）。',
  noticeEnd: '公示开始日为工作日的计为第 1 天，否则从下一个工作日起算；公示期不少于五个工作日。',
  count: '起止两日均计入。',
};

function WorkdaysFields() {
  const op = Form.useWatch<Op | undefined>('op') ?? 'add';
  return (
    <>
      <Form.Item name="op" label="计算方式" extra={HINTS[op]}>
        <Radio.Group options={WORKDAY_OPS.map((o) => ({ ...o }))} optionType="button" buttonStyle="solid" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          {op === 'noticeEnd' ? <DateField name="start" label="公示开始日" /> : <DateField name="from" label={op === 'add' ? '起算日' : '开始日期'} />}
        </Col>
        <Col xs={24} sm={12}>
          {op === 'count' ? (
            <DateField name="to" label="结束日期" />
          ) : (
            <Form.Item name="days" label={op === 'add' ? '工作日数' : '公示期'} rules={[{ required: true, message: '请填写工作日数' }]}>
              <NumberWithUnit unit="个工作日" min={op === 'add' ? 0 : 1} max={3660} />
            </Form.Item>
          )}
        </Col>
      </Row>
    </>
  );
}

function toInput(values: Values): WorkdaysInput {
  if (values.op === 'noticeEnd') return { op: 'noticeEnd', start: values.start ?? '', days: values.days ?? 5 };
  if (values.op === 'count') return { op: 'count', from: values.from ?? '', to: values.to ?? '' };
  return { op: 'add', from: values.from ?? '', days: values.days ?? 0 };
}

export const workdaysForm: RuleFormSpec<Values, WorkdaysInput, WorkdaysResult> = {
  rule: 'workdays',
  intro: '按工作日历计算期限：周一至周五，去掉国务院公布的法定节假日，加上调休上班日。',
  Fields: WorkdaysFields,
  initialValues: () => {
    const today = dayjs().format('YYYY-MM-DD');
    return { op: 'add', from: today, start: today, days: 5 };
  },
  toInput,
  describe: describeWorkdays,
};
