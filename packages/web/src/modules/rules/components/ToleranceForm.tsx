import type { ToleranceCondition, ToleranceExclusion, ToleranceMitigation, ToleranceSituation } from '@dandang/shared/rules/tolerance.codes';
import { Form } from 'antd';
import { describeTolerance } from '../result-views';
import type { RuleFormSpec, ToleranceInput, ToleranceResult } from '../rules.types';
import { CONDITION_OPTIONS, EXCLUSION_OPTIONS, MITIGATION_OPTIONS, SITUATION_OPTIONS } from '../rules-labels';
import { CodeChecklist } from './CodeChecklist';

interface Values {
  situations?: ToleranceSituation[];
  conditions?: ToleranceCondition[];
  exclusions?: ToleranceExclusion[];
  mitigations?: ToleranceMitigation[];
}

function ToleranceFields() {
  return (
    <>
      <Form.Item name="situations" label="属于的情形" tooltip="三个区分开来；问责条例第十七条">
        <CodeChecklist options={SITUATION_OPTIONS} />
      </Form.Item>
      <Form.Item name="conditions" label="已认定的条件" tooltip="未勾选的条件按未认定处理">
        <CodeChecklist options={CONDITION_OPTIONS} />
      </Form.Item>
      <Form.Item name="exclusions" label="不予容错的情形">
        <CodeChecklist options={EXCLUSION_OPTIONS} />
      </Form.Item>
      <Form.Item name="mitigations" label="从轻、减轻情节" tooltip="问责条例第十八条">
        <CodeChecklist options={MITIGATION_OPTIONS} />
      </Form.Item>
    </>
  );
}

export const toleranceForm: RuleFormSpec<Values, ToleranceInput, ToleranceResult> = {
  rule: 'tolerance',
  intro: '按“三个区分开来”和问责条例第十七、十八条，结合本地容错纠错政策，给出免责、从轻减轻或不予容错的建议。',
  Fields: ToleranceFields,
  initialValues: () => ({ situations: [], conditions: [], exclusions: [], mitigations: [] }),
  toInput: (values) => ({
    situations: values.situations ?? [],
    // The rule takes conditions as `{ CODE: true }`; a code left unticked is simply "not established".
    conditions: Object.fromEntries((values.conditions ?? []).map((code) => [code, true])),
    exclusions: values.exclusions ?? [],
    mitigations: values.mitigations ?? [],
  }),
  describe: describeTolerance,
  groupedFields: ['situations', 'conditions', 'exclusions', 'mitigations'],
};
