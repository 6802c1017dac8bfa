import { CalculatorOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Form, Row, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { ApiError, type FieldIssue } from '../../../platform/api/api-error';
import { applyFieldErrors, toNamePath } from '../../../platform/forms/field-errors';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { useEvaluateRule } from '../hooks/useEvaluateRule';
import type { RuleFormSpec } from '../rules.types';
import { JsonPanel } from './JsonPanel';
import { ResultPanel } from './ResultPanel';

type Answer<I, R> = { input: I; result: R; error?: undefined } | { input: I; result?: undefined; error: unknown };

const errorBody = (error: unknown) =>
  error instanceof ApiError ? { code: error.code, message: error.message, details: error.details } : { message: String(error) };

/**
 * One rule's calculator: its form, the server's answer beside it (below it on a phone), and the raw JSON of both.
 * Each rule keeps its own form and last answer while the user switches between rules.
 */
export function RuleCalculator<V, I, R>({ spec }: { spec: RuleFormSpec<V, I, R> }) {
  const { Fields } = spec;
  const [form] = Form.useForm<V>();
  const [initialValues] = useState(spec.initialValues);
  const evaluate = useEvaluateRule<I, R>(spec.rule);
  const [answer, setAnswer] = useState<Answer<I, R> | null>(null);
  const [stale, setStale] = useState(false);
  // Why the last attempt produced no answer; field errors not shown beside any input are listed here, not lost.
  const [failure, setFailure] = useState<{ message: string; issues: FieldIssue[]; hint?: string } | null>(null);
  const handleError = useApiErrorHandler();
  const resultRef = useRef<HTMLDivElement>(null);

  // A checkbox group is one input: `conditions.COMPLIANT` or `situations.2` belongs beside the whole group.
  const mapPath = (path: string) => {
    const name = toNamePath(path);
    return spec.groupedFields?.includes(String(name[0])) ? name.slice(0, 1) : name;
  };

  const run = async (values: V) => {
    const input = spec.toInput(values);
    setFailure(null);
    try {
      const result = await evaluate.mutateAsync(input);
      setAnswer({ input, result });
      setStale(false);
      // On a phone the answer is below a long form; bring it into view rather than leave the user guessing.
      const box = resultRef.current?.getBoundingClientRect();
      if (box && box.top > window.innerHeight) resultRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    } catch (error) {
      setAnswer({ input, error: errorBody(error) });
      if (error instanceof ApiError && error.fields.length > 0) {
        const issues = applyFieldErrors(form, error.fields, { mapPath });
        setFailure({ message: '提交的条件有误，未能计算', issues, hint: '请按表单中标红的提示修改后重新计算。' });
      } else {
        handleError(error);
        setFailure({ message: error instanceof Error ? error.message : '计算失败', issues: [] });
      }
    }
  };

  const reset = () => {
    form.resetFields();
    setAnswer(null);
    setFailure(null);
    setStale(false);
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card size="small" title="计算条件">
          <Typography.Paragraph type="secondary">{spec.intro}</Typography.Paragraph>
          <Form<V>
            form={form}
            // The name prefixes every input's id, so the same field in two rules' forms (措施 1 / 生效日期) stays distinct.
            name={`rule-${spec.rule}`}
            layout="vertical"
            initialValues={initialValues as object}
            onFinish={run}
            onValuesChange={() => setStale(answer?.result !== undefined)}
            scrollToFirstError
          >
            <Fields />
            <Space>
              <Button type="primary" htmlType="submit" icon={<CalculatorOutlined />} loading={evaluate.isPending}>
                计算
              </Button>
              <Button onClick={reset}>重置</Button>
            </Space>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <div ref={resultRef} style={{ scrollMarginTop: 72 }}>
          <Card size="small" title="计算结果">
            {answer?.result !== undefined ? (
              <ResultPanel view={spec.describe(answer.result, answer.input)} stale={stale} />
            ) : failure ? (
              <Alert
                type="error"
                showIcon
                message={failure.message}
                description={
                  failure.issues.length > 0 ? failure.issues.map((issue) => <div key={issue.path}>{`${issue.path}：${issue.message}`}</div>) : failure.hint
                }
              />
            ) : (
              <Empty description="填写条件后点击“计算”。结果由服务器按现行政策和工作日历计算。" />
            )}
          </Card>
          {answer && <JsonPanel input={answer.input} output={answer.result ?? answer.error} />}
        </div>
      </Col>
    </Row>
  );
}
