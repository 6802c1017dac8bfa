import { ConfigProvider, Form, type FormInstance, Space, theme } from 'antd';
import type { PolicyFormValues } from '../policy.types';
import { AssessmentSection } from './sections/AssessmentSection';
import { QuotaSection } from './sections/QuotaSection';
import {
  AccountabilitySection,
  BasicSection,
  ComplaintsSection,
  HonorsSection,
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
  const { token } = theme.useToken();
  // A read-only version is shown as a disabled form; its values are what the reader came for, so they keep the normal
  // text colour instead of antd's faint disabled grey (buttons keep theirs: they really cannot be used).
  const readable = { colorTextDisabled: token.colorText };
  const fieldTheme = readonly
    ? { components: { Input: readable, InputNumber: readable, Select: readable, DatePicker: readable, Checkbox: readable, Radio: readable } }
    : undefined;
  return (
    <ConfigProvider theme={fieldTheme}>
      <Form<PolicyFormValues> form={form} layout="vertical" initialValues={initialValues} disabled={readonly} onValuesChange={onChange}>
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <BasicSection />
          <NoticeSection />
          <QuotaSection />
          <ToleranceSection />
          <AccountabilitySection />
          <ComplaintsSection />
          <VisitsSection />
          <RotationSection />
          <TalentPoolSection />
          <AssessmentSection />
          <ParticipationSection />
          <HonorsSection />
        </Space>
      </Form>
    </ConfigProvider>
  );
}
