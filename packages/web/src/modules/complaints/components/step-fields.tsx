import { COMPLAINT_CONCLUSIONS } from '@dandang/shared/rules/clarification.rules';
import { Form, Input, Select } from 'antd';
import type { ReactNode } from 'react';
import type { FieldsFor } from '../../cases/components/CaseActions';

/** The conclusion step picks one of DOMAIN.md §8's conclusions; the other steps take only their note. */
export const complaintStepFields: FieldsFor = (action): ReactNode | undefined =>
  action.action === 'conclude' ? (
    <>
      <Form.Item name={['fields', 'conclusion']} label="核查结论" rules={[{ required: true, message: '请选择核查结论' }]}>
        <Select options={Object.entries(COMPLAINT_CONCLUSIONS).map(([value, label]) => ({ value, label }))} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name={['fields', 'grounds']} label="结论依据" rules={[{ required: true, whitespace: true, message: '请填写结论依据' }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
      </Form.Item>
    </>
  ) : undefined;
