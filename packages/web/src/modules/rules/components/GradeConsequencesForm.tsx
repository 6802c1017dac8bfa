import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { AnnualGrade } from '@dandang/shared/rules/reason';
import { Button, Col, Form, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { NumberWithUnit } from '../../../platform/ui/NumberWithUnit';
import { describeGradeConsequences } from '../result-views';
import type { GradeConsequencesInput, GradeConsequencesResult, RuleFormSpec } from '../rules.types';
import { HISTORY_GRADE_OPTIONS, UNGRADED } from '../rules-labels';

interface HistoryRow {
  year?: number;
  /** UNGRADED stands for the API's `null`: a Select cannot hold null as an option value. */
  grade?: AnnualGrade | typeof UNGRADED;
}

interface Values {
  history?: HistoryRow[];
}

function HistoryRows() {
  const form = Form.useFormInstance<Values>();
  // A new row continues the history: the year after the latest one entered.
  const nextYear = () => {
    const years = (form.getFieldValue('history') as HistoryRow[] | undefined)?.map((row) => row.year ?? 0) ?? [];
    return years.length > 0 ? Math.max(...years) + 1 : dayjs().year() - 1;
  };
  return (
    <Form.List name="history">
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => {
            const label = (what: string) => `第 ${index + 1} 条的${what}`;
            return (
              <Row key={field.key} gutter={8} align="top" wrap={false}>
                <Col flex="1 1 0">
                  <Form.Item name={[field.name, 'year']} label={index === 0 ? '年度' : undefined} rules={[{ required: true, message: '请填写年度' }]}>
                    <NumberWithUnit unit="年" min={1949} max={9999} aria-label={label('年度')} />
                  </Form.Item>
                </Col>
                <Col flex="1 1 0">
                  <Form.Item name={[field.name, 'grade']} label={index === 0 ? '年度考核等次' : undefined} rules={[{ required: true, message: '请选择等次' }]}>
                    <Select options={HISTORY_GRADE_OPTIONS} placeholder="选择等次" aria-label={label('等次')} />
                  </Form.Item>
                </Col>
                <Col flex="none" style={{ paddingTop: index === 0 ? 30 : 0 }}>
                  <Button icon={<DeleteOutlined />} aria-label={`删除第 ${index + 1} 条`} onClick={() => remove(field.name)} />
                </Col>
              </Row>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ year: nextYear() })} block style={{ marginBottom: 16 }}>
            添加年度
          </Button>
        </>
      )}
    </Form.List>
  );
}

export const gradeConsequencesForm: RuleFormSpec<Values, GradeConsequencesInput, GradeConsequencesResult> = {
  rule: 'grade-consequences',
  intro: '按历年年度考核等次，给出最近一年的奖励和处理：嘉奖、记三等功、诫勉、降低层次、辞退审查（公务员考核规定第四章）。',
  Fields: HistoryRows,
  initialValues: () => ({ history: [{ year: dayjs().year() - 1 }] }),
  toInput: (values) => ({
    history: (values.history ?? []).map((row) => ({
      year: row.year as number,
      grade: !row.grade || row.grade === UNGRADED ? null : row.grade,
    })),
  }),
  describe: describeGradeConsequences,
};
