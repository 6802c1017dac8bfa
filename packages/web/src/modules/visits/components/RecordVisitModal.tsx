import { ModalForm, ProFormCheckbox, ProFormDatePicker, ProFormDependency, ProFormRadio, ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import { MEASURE_LABELS, type MeasureCode } from '@dandang/shared/rules/measures';
import {
  INTERVIEWEE_LABELS,
  INTERVIEWEES,
  type Interviewee,
  VISIT_RESULT_LABELS,
  VISIT_RESULTS,
  type VisitPlanView,
  type VisitRecord,
  type VisitResult,
} from '@dandang/shared/visits/visit.schema';
import { Alert, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { formModalProps } from '../../../platform/forms/form-modal';
import { labelledOptions } from '../../../platform/forms/options';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { visitsApi } from '../hooks/visitsApi';

interface Values {
  visitedOn: string;
  visitors: string[];
  interviewed: Interviewee[];
  findings: string;
  result: VisitResult;
  recommendation?: string;
}

/** The server counts visitors by distinct names (DOMAIN.md §9: at least two); the form says so before sending. */
const MIN_VISITORS = 2;

const distinctNames = (names: string[] | undefined) => new Set((names ?? []).map((n) => n.trim()).filter(Boolean)).size;

/**
 * 登记回访 for one measure's plan: the date (inside the measure's window, not after today), the visitors, the three
 * people talked with, the findings and the result; a recommendation for use only with the result 好. The server applies
 * the same rules (and the yearly limit) and names any field it refuses.
 */
export function RecordVisitModal({
  plan,
  asOf,
  onClose,
  onDone,
}: {
  plan: VisitPlanView;
  asOf: string;
  onClose: () => void;
  onDone: (v: VisitRecord) => void;
}) {
  const [form] = Form.useForm<Values>();
  const submit = useModalSubmit(form);
  const last = asOf < plan.closesOn ? asOf : plan.closesOn;
  const outside = (d: Dayjs) => d.isBefore(dayjs(plan.opensOn), 'day') || d.isAfter(dayjs(last), 'day');
  return (
    <ModalForm<Values>
      title={`登记回访：${plan.cadreName}`}
      name="visitRecord"
      form={form}
      open
      width={640}
      modalProps={formModalProps(onClose)}
      initialValues={{ visitedOn: last, visitors: [], interviewed: [] }}
      submitter={{ searchConfig: { submitText: '登记' } }}
      onFinish={(values) =>
        submit(
          () =>
            visitsApi.record({
              cadreId: plan.cadreId,
              measureId: plan.measureId,
              visitedOn: values.visitedOn,
              visitors: values.visitors.map((v) => v.trim()).filter(Boolean),
              interviewed: values.interviewed,
              findings: values.findings,
              result: values.result,
              recommendation: values.result === 'GOOD' ? (values.recommendation ?? '').trim() : '',
            }),
          { done: '已登记回访', onDone, onReload: onClose },
        )
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message={`${MEASURE_LABELS[plan.measureCode as MeasureCode] ?? plan.measureCode}（${plan.effectiveOn} 生效，${plan.unitName}）`}
        description={`回访应在 ${plan.opensOn} 至 ${plan.closesOn} 之间进行，由${plan.assignedTo}负责（谁查处、谁回访）。`}
      />
      <ProFormDatePicker
        name="visitedOn"
        label="回访日期"
        rules={[{ required: true, message: '请选择回访日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', disabledDate: outside, style: { width: 200 } }}
      />
      <ProFormSelect
        name="visitors"
        label="回访人员"
        extra="输入姓名后按回车，可添加多人；不少于 2 人"
        fieldProps={{ mode: 'tags', open: false, tokenSeparators: ['，', ',', '、'], maxTagTextLength: 20 }}
        rules={[
          {
            required: true,
            validator: (_, value: string[] | undefined) =>
              distinctNames(value) >= MIN_VISITORS ? Promise.resolve() : Promise.reject(new Error(`回访人员不少于 ${MIN_VISITORS} 人（不同姓名）`)),
          },
        ]}
      />
      <ProFormCheckbox.Group
        name="interviewed"
        label="谈话对象"
        extra="回访应与单位主要负责人、本人和身边同事分别谈话"
        options={labelledOptions(INTERVIEWEES, INTERVIEWEE_LABELS)}
        rules={[
          {
            required: true,
            validator: (_, value: Interviewee[] | undefined) => {
              const missing = INTERVIEWEES.filter((i) => !(value ?? []).includes(i)).map((i) => INTERVIEWEE_LABELS[i]);
              return missing.length === 0 ? Promise.resolve() : Promise.reject(new Error(`尚未与${missing.join('、')}谈话`));
            },
          },
        ]}
      />
      <ProFormTextArea
        name="findings"
        label="回访情况"
        rules={[{ required: true, whitespace: true, message: '请填写回访情况' }]}
        fieldProps={{ rows: 3, maxLength: 2000, showCount: true }}
      />
      <ProFormRadio.Group
        name="result"
        label="回访结果"
        radioType="button"
        options={labelledOptions(VISIT_RESULTS, VISIT_RESULT_LABELS)}
        rules={[{ required: true, message: '请选择回访结果' }]}
      />
      <ProFormDependency name={['result']}>
        {({ result }: { result?: VisitResult }) =>
          result === 'GOOD' && (
            <ProFormTextArea
              name="recommendation"
              label="推荐使用建议（选填）"
              extra={`影响期结束（${plan.barEnd}）后生效，供提拔使用初步人选审查参考`}
              fieldProps={{ rows: 2, maxLength: 1000, showCount: true }}
            />
          )
        }
      </ProFormDependency>
    </ModalForm>
  );
}
