import { TOLERANCE_CONDITIONS, TOLERANCE_EXCLUSIONS } from '@dandang/shared/rules/tolerance.codes';
import { Checkbox, Form } from 'antd';
import { FIELD_LABELS, SECTION_TITLES } from '../../policy-labels';
import { Cell, docName, NumberField, Section } from '../fields';

const toOptions = (table: Record<string, string>) => Object.entries(table).map(([value, label]) => ({ value, label }));

export function ToleranceSection() {
  return (
    <Section id="tolerance" title={SECTION_TITLES.tolerance} note="三个区分开来；问责条例第十七、十八条">
      <Cell wide>
        <Form.Item
          name={docName(['tolerance', 'requiredConditions'])}
          label={FIELD_LABELS['tolerance.requiredConditions']}
          tooltip="申请容错时须全部满足的条件；未勾选的条件不作要求"
        >
          <Checkbox.Group options={toOptions(TOLERANCE_CONDITIONS)} />
        </Form.Item>
      </Cell>
      <Cell wide>
        <Form.Item name={docName(['tolerance', 'exclusions'])} label={FIELD_LABELS['tolerance.exclusions']} tooltip="具有任一勾选情形的，一律不予容错">
          <Checkbox.Group options={toOptions(TOLERANCE_EXCLUSIONS)} />
        </Form.Item>
      </Cell>
      <Cell>
        <NumberField path={['tolerance', 'limits', 'acceptanceWorkdays']} unit="工作日" min={1} />
      </Cell>
      <Cell>
        <NumberField path={['tolerance', 'limits', 'investigationWorkdays']} unit="工作日" min={1} />
      </Cell>
      <Cell>
        <NumberField path={['tolerance', 'limits', 'extensionWorkdays']} unit="工作日" />
      </Cell>
      <Cell>
        <NumberField path={['tolerance', 'limits', 'maxExtensions']} unit="次" />
      </Cell>
    </Section>
  );
}
