import { TOLERANCE_CONDITIONS, TOLERANCE_EXCLUSIONS, TOLERANCE_MITIGATIONS, TOLERANCE_SITUATIONS } from '@dandang/shared/rules/tolerance.codes';
import type { ToleranceInput } from '@dandang/shared/rules/tolerance.rules';
import type { RecommendationView, ToleranceDetail } from '@dandang/shared/tolerance/tolerance-view.schema';
import { App, Button, Card, Checkbox, Col, Form, Input, Row, Space, Typography } from 'antd';
import type { CheckboxGroupProps } from 'antd/es/checkbox';
import { useEffect, useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { toleranceApi } from '../hooks/toleranceApi';
import { RecommendationBox } from './RecommendationBox';

type Facts = ToleranceInput & { notes: string };

const codes = (list: Array<{ code: string }> | undefined) => (list ?? []).map((x) => x.code);

function savedFacts(detail: ToleranceDetail): Facts {
  const f = detail.facts;
  return {
    situations: codes(f?.situations ?? detail.claimedSituations) as never,
    conditions: Object.fromEntries((f?.conditions ?? []).map((c) => [c.code, c.established])),
    exclusions: codes(f?.exclusions) as never,
    mitigations: codes(f?.mitigations) as never,
    notes: f?.notes ?? '',
  };
}

/** A group of code boxes; the form item's value and onChange pass through to the group. */
function CodeChecks({ table, ...group }: { table: Record<string, string> } & Omit<CheckboxGroupProps, 'options'>) {
  return (
    <Checkbox.Group style={{ width: '100%' }} {...group}>
      <Space direction="vertical">
        {Object.entries(table).map(([code, label]) => (
          <Checkbox key={code} value={code}>
            {label}
          </Checkbox>
        ))}
      </Space>
    </Checkbox.Group>
  );
}

/**
 * 调查核实清单 (DOMAIN.md §6): situations, conditions, exclusions and mitigations as established, with the rules
 * core's recommendation recomputed under the case's policy as each box is ticked. Saved facts are what the collective
 * decision is measured against.
 */
export function FactsChecklist({ detail, editable, onSaved }: { detail: ToleranceDetail; editable: boolean; onSaved: () => void }) {
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Facts>();
  const [live, setLive] = useState<RecommendationView | null>(detail.recommendation);
  const [facts, setFacts] = useState<Facts>(() => savedFacts(detail));
  const [busy, setBusy] = useState(false);
  const caseId = detail.case.id;

  useEffect(() => {
    if (!editable) return;
    const timer = setTimeout(() => {
      const { notes: _notes, ...input } = facts;
      toleranceApi
        .recommend({ ...input, caseId })
        .then(setLive)
        .catch(() => undefined);
    }, 250);
    return () => clearTimeout(timer);
  }, [facts, editable, caseId]);

  const save = async () => {
    setBusy(true);
    try {
      await toleranceApi.saveFacts(caseId, { version: detail.version, ...form.getFieldsValue(true) });
      message.success('核实清单已保存');
      onSaved();
    } catch (error) {
      handleError(error, { form });
    } finally {
      setBusy(false);
    }
  };

  if (!editable && !detail.facts) return null;
  return (
    <Card
      title="调查核实清单"
      size="small"
      extra={
        detail.facts && (
          <Typography.Text type="secondary">
            {detail.facts.savedByName} 于 {new Date(detail.facts.savedAt).toLocaleString('zh-CN', { hour12: false })} 保存
          </Typography.Text>
        )
      }
    >
      <Form<Facts> form={form} layout="vertical" initialValues={facts} disabled={!editable} onValuesChange={(_, all) => setFacts(all)}>
        <Row gutter={24}>
          <Col xs={24} lg={12}>
            <Form.Item name="situations" label="容错情形（三个区分开来；问责条例第十七条）">
              <CodeChecks table={TOLERANCE_SITUATIONS} />
            </Form.Item>
            <Typography.Text strong>容错条件（经核实具备的打勾；政策要求的条件须全部具备）</Typography.Text>
            <div style={{ margin: '8px 0 16px' }}>
              {Object.entries(TOLERANCE_CONDITIONS).map(([code, label]) => (
                <Form.Item key={code} name={['conditions', code]} valuePropName="checked" style={{ marginBottom: 4 }}>
                  <Checkbox>{label}</Checkbox>
                </Form.Item>
              ))}
            </div>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item name="exclusions" label="不予容错情形（任一即不予容错）">
              <CodeChecks table={TOLERANCE_EXCLUSIONS} />
            </Form.Item>
            <Form.Item name="mitigations" label="从轻、减轻情节（问责条例第十八条）">
              <CodeChecks table={TOLERANCE_MITIGATIONS} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="notes" label="核实情况说明">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
        </Form.Item>
      </Form>
      {/* Once decided, the decision card shows the recommendation as it stood then. */}
      {live && !detail.decision && <RecommendationBox recommendation={live} />}
      {editable && (
        <Button type="primary" onClick={save} loading={busy} style={{ marginTop: 12 }}>
          保存核实清单
        </Button>
      )}
    </Card>
  );
}
