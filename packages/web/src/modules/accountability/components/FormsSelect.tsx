import { FORM_LABELS, LEADER_FORMS, ORGANIZATION_FORMS, type SubjectKind } from '@dandang/shared/accountability/forms';
import { Select, type SelectProps } from 'antd';

/** 问责方式 (问责条例第八条): an organization's forms for a party organization, a leader's for a cadre; several may combine. */
export function FormsSelect({ subjectKind, ...props }: { subjectKind: SubjectKind } & Omit<SelectProps, 'options' | 'mode'>) {
  const forms = subjectKind === 'ORGANIZATION' ? ORGANIZATION_FORMS : LEADER_FORMS;
  return <Select mode="multiple" options={forms.map((f) => ({ value: f, label: FORM_LABELS[f] }))} placeholder="可选择多种，组合使用" {...props} />;
}
