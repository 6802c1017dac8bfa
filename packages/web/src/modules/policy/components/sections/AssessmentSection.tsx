import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Typography } from 'antd';
import { ANNUAL_GRADE_LABELS, FIELD_LABELS, SECTION_TITLES } from '../../policy-labels';
import { Cell, docName, NumberField, Section } from '../fields';

/** Periodic (平时) grades are a list the jurisdiction names; annual grades are national, only their bonus is local. */
export function AssessmentSection() {
  return (
    <Section id="assessment" title={SECTION_TITLES.assessment}>
      <Cell wide>
        <Typography.Text strong>{FIELD_LABELS['assessment.periodicGrades']}</Typography.Text>
        <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
          从高到低排列，至少两个等次
        </Typography.Text>
        <Form.List name={docName(['assessment', 'periodicGrades'])}>
          {(fields, { add, remove }, { errors }) => (
            <div style={{ marginTop: 8 }}>
              {fields.map((field, index) => (
                <Row key={field.key} gutter={8} align="top">
                  <Col flex="160px">
                    <Form.Item
                      name={[field.name, 'label']}
                      label={index === 0 ? '等次名称' : undefined}
                      rules={[{ required: true, whitespace: true, message: '请填写名称' }]}
                    >
                      <Input placeholder="如：好" aria-label={`第 ${index + 1} 个等次名称`} />
                    </Form.Item>
                  </Col>
                  <Col flex="200px">
                    <Form.Item
                      name={[field.name, 'code']}
                      label={index === 0 ? '代码（大写英文）' : undefined}
                      rules={[{ required: true, pattern: /^[A-Z_]+$/, message: '应为大写英文代码' }]}
                    >
                      <Input placeholder="如：GOOD" aria-label={`第 ${index + 1} 个等次代码`} />
                    </Form.Item>
                  </Col>
                  <Col flex="none" style={{ paddingTop: index === 0 ? 30 : 0 }}>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={`删除第 ${index + 1} 个等次`}
                      disabled={fields.length <= 2}
                      onClick={() => remove(field.name)}
                    />
                  </Col>
                </Row>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ code: '', label: '' })} style={{ marginBottom: 16 }}>
                添加等次
              </Button>
            </div>
          )}
        </Form.List>
      </Cell>
      {(Object.keys(ANNUAL_GRADE_LABELS) as (keyof typeof ANNUAL_GRADE_LABELS)[]).map((grade) => (
        <Cell key={grade}>
          <NumberField path={['assessment', 'bonusPercents', grade]} unit="%" max={1000} tooltip="100% 即 1 倍" />
        </Cell>
      ))}
      <Cell>
        <NumberField path={['assessment', 'minValidBallots']} unit="票" max={1000} tooltip="少于该票数的测评组不计入民主测评得分；组织测评时不能设得更低" />
      </Cell>
    </Section>
  );
}
