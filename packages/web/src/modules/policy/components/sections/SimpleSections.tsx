import { Form, Input } from 'antd';
import { FIELD_LABELS, SECTION_TITLES, TALENT_LEVEL_LABELS } from '../../policy-labels';
import { Cell, DateField, docName, NumberField, Section } from '../fields';

export function BasicSection() {
  return (
    <Section id="basic" title={SECTION_TITLES.basic}>
      <Cell>
        <Form.Item name="name" label={FIELD_LABELS.name} rules={[{ required: true, whitespace: true, message: '请填写版本名称' }]}>
          <Input maxLength={100} />
        </Form.Item>
      </Cell>
      <Cell>
        <Form.Item name={docName(['code'])} label={FIELD_LABELS.code}>
          <Input disabled />
        </Form.Item>
      </Cell>
      <Cell>
        <DateField path={['effectiveFrom']} tooltip="政策文件本身的生效日期；系统按“启用”时设定的日期开始适用本版本" />
      </Cell>
    </Section>
  );
}

export function NoticeSection() {
  return (
    <Section id="notice" title={SECTION_TITLES.notice} note="干部任用条例第四十二条：公示期不少于五个工作日">
      <Cell>
        <NumberField path={['notice', 'defaultWorkdays']} unit="工作日" min={1} />
      </Cell>
    </Section>
  );
}

export function AccountabilitySection() {
  return (
    <Section id="accountability" title={SECTION_TITLES.accountability} note="问责条例">
      <Cell>
        <NumberField path={['accountability', 'adjustmentDeadlineMonths']} unit="月" min={1} tooltip="自问责决定作出之日起" />
      </Cell>
      <Cell>
        <NumberField path={['accountability', 'appealMonths']} unit="月" min={1} tooltip="申诉期间不停止执行" />
      </Cell>
      <Cell>
        <NumberField path={['accountability', 'appealAnswerMonths']} unit="月" min={1} />
      </Cell>
      <Cell>
        <NumberField path={['accountability', 'repeatWindowMonths']} unit="月" min={1} tooltip="同一干部在此期限内两次被问责时给予提示" />
      </Cell>
    </Section>
  );
}

export function VisitsSection() {
  return (
    <Section id="visits" title={SECTION_TITLES.visits} note="谁查处、谁回访">
      <Cell>
        <NumberField path={['visits', 'firstVisitWithinMonths']} unit="月" min={1} tooltip="处理决定生效后" />
      </Cell>
      <Cell>
        <NumberField path={['visits', 'maxPerYear']} unit="次" min={1} />
      </Cell>
      <Cell>
        <NumberField path={['visits', 'minCoveragePercent']} unit="%" />
      </Cell>
      <Cell>
        <NumberField path={['visits', 'coverageLookbackYears']} unit="年" min={1} />
      </Cell>
      <Cell>
        <NumberField path={['visits', 'minVisitors']} unit="人" min={1} />
      </Cell>
    </Section>
  );
}

export function RotationSection() {
  return (
    <Section id="rotation" title={SECTION_TITLES.rotation}>
      <Cell>
        <NumberField path={['rotation', 'years']} unit="年" min={1} />
      </Cell>
      <Cell>
        <NumberField path={['rotation', 'keyPostYears']} unit="年" min={1} />
      </Cell>
    </Section>
  );
}

export function TalentPoolSection() {
  return (
    <Section id="talentPool" title={SECTION_TITLES.talentPool}>
      {(Object.keys(TALENT_LEVEL_LABELS) as (keyof typeof TALENT_LEVEL_LABELS)[]).map((level) => (
        <Cell key={level}>
          <NumberField path={['talentPool', 'maxAgeByLevel', level]} unit="岁" min={18} />
        </Cell>
      ))}
    </Section>
  );
}

export function ParticipationSection() {
  return (
    <Section id="participation" title={SECTION_TITLES.participation}>
      <Cell>
        <NumberField path={['participation', 'ideaReplyWorkdays']} unit="工作日" min={1} />
      </Cell>
      <Cell>
        <NumberField path={['participation', 'appealReplyWorkdays']} unit="工作日" min={1} />
      </Cell>
    </Section>
  );
}

export function HonorsSection() {
  return (
    <Section id="honors" title={SECTION_TITLES.honors} note="拟表彰人选公示">
      <Cell>
        <NumberField path={['honors', 'noticeWorkdays']} unit="工作日" min={1} tooltip="公示开始时按当时的工作日历和本政策确定公示截止日" />
      </Cell>
    </Section>
  );
}

export function ComplaintsSection() {
  return (
    <Section id="complaints" title={SECTION_TITLES.complaints}>
      <Cell>
        <NumberField path={['complaints', 'acceptanceWorkdays']} unit="工作日" min={1} />
      </Cell>
      <Cell>
        <NumberField path={['complaints', 'verificationWorkdays']} unit="工作日" min={1} />
      </Cell>
    </Section>
  );
}
