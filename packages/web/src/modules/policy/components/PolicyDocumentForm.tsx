import { Form, type FormInstance, Space } from 'antd';
import type { PolicyFormValues } from '../policy.types';
import { AssessmentSection } from './sections/AssessmentSection';
import { QuotaSection } from './sections/QuotaSection';
import {
  AccountabilitySection,
  BasicSection,
  NoticeSection,
  ParticipationSection,
  RotationSection,
  TalentPoolSection,
  VisitsSection,
} from './sections/SimpleSections';
import { ToleranceSection } from './sections/ToleranceSection';

interface Props {
  form: FormInstance<PolicyFormValues>;
  initialValues: PolicyFormValues;
  readonly: boolean;
  onChange?: () => void;
}

/**
 * The policy document as a form with one section per domain area, in the words and units people use (工作日, %, 月,
 * 年). Fields not shown (the document's own code and version) stay in the form store and are sent back unchanged.
 */
export function PolicyDocumentForm({ form, initialValues, readonly, onChange }: Props) {
  return (
    <Form<PolicyFormValues> form={form} layout="vertical" initialValues={initialValues} disabled={readonly} onValuesChange={onChange}>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <BasicSection />
        <NoticeSection />
        <QuotaSection />
        <ToleranceSection />
        <AccountabilitySection />
        <VisitsSection />
        <RotationSection />
        <TalentPoolSection />
        <AssessmentSection />
        <ParticipationSection />
      </Space>
    </Form>
  );
}
