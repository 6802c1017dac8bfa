import type { ComplaintDetail } from '@dandang/shared/complaints/complaint-view.schema';
import { Button, Form } from 'antd';
import { StepModal } from '../../../platform/forms/StepModal';
import { complaintsApi } from '../hooks/complaintsApi';
import { HandlerSelect } from './HandlerSelect';

/** 分办: adds handlers to an open complaint; assigned handlers holding the grant may then see the complainant. */
export function AssignHandlersButton({ detail, onAssigned }: { detail: ComplaintDetail; onAssigned: () => void }) {
  return (
    <StepModal<{ userIds: string[] }>
      title={`分办（${detail.case.number}）`}
      trigger={<Button size="small">分办</Button>}
      submit={(v) => complaintsApi.assign(detail.case.id, v.userIds)}
      done="已分办"
      onDone={onAssigned}
    >
      <Form.Item name="userIds" label="承办人" rules={[{ required: true, type: 'array', min: 1, message: '请选择承办人' }]}>
        <HandlerSelect />
      </Form.Item>
    </StepModal>
  );
}
