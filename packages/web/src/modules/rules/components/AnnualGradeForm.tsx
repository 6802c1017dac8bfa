import { Checkbox, Form } from 'antd';
import dayjs from 'dayjs';
import { NumberWithUnit } from '../../../platform/ui/NumberWithUnit';
import { describeAnnualGrade } from '../result-views';
import type { AnnualGradeInput, AnnualGradeResult, RuleFormSpec } from '../rules.types';
import { MeasureRows, type MeasureValues, toMeasureInputs } from './MeasureRows';

interface Values {
  year: number;
  measures?: MeasureValues[];
  underInvestigation?: boolean;
  newHireProbation?: boolean;
  longLeave?: boolean;
}

const FLAGS = [
  { name: 'underInvestigation', label: '正在接受立案审查调查、尚未结案' },
  { name: 'newHireProbation', label: '新录用人员，考核年度内处于试用期' },
  { name: 'longLeave', label: '病假、事假累计超过考核年度半年' },
] as const;

function AnnualGradeFields() {
  return (
    <>
      <Form.Item name="year" label="考核年度" rules={[{ required: true, message: '请填写考核年度' }]} style={{ maxWidth: 260 }}>
        <NumberWithUnit unit="年度" min={1949} max={9999} />
      </Form.Item>
      <MeasureRows emptyText="未添加措施：只看下面的情形。措施按生效日期所在年度计算影响。" />
      {FLAGS.map((flag) => (
        <Form.Item key={flag.name} name={flag.name} valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>{flag.label}</Checkbox>
        </Form.Item>
      ))}
    </>
  );
}

export const annualGradeForm: RuleFormSpec<Values, AnnualGradeInput, AnnualGradeResult> = {
  rule: 'annual-grade',
  intro: '受处理处分的，当年及其后一定年度不得评为优秀、只写评语不定等次或确定为不称职；有多项的，按最重的一项（公务员考核规定第二十八、二十九条）。',
  Fields: AnnualGradeFields,
  initialValues: () => ({ year: dayjs().year(), measures: [{}] }),
  toInput: (values) => ({
    year: values.year,
    measures: toMeasureInputs(values.measures),
    underInvestigation: Boolean(values.underInvestigation),
    newHireProbation: Boolean(values.newHireProbation),
    longLeave: Boolean(values.longLeave),
  }),
  describe: describeAnnualGrade,
};
