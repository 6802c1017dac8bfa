import { ProFormText } from '@ant-design/pro-components';
import type { SubmissionDetail } from '@dandang/shared/participation/participation-view.schema';
import { Button, Form } from 'antd';
import { StepModal } from '../../../platform/forms/StepModal';
import { UnitTreeSelect } from '../../org/components/UnitTreeSelect';
import { participationApi } from '../hooks/participationApi';

/** 转办: the coordinator hands an unanswered submission to the unit that should answer it. */
export function TransferButton({ detail, onDone }: { detail: SubmissionDetail; onDone: () => void }) {
  return (
    <StepModal<{ unitId: string; reason: string }>
      title="转办"
      trigger={<Button>转办</Button>}
      done="已转办"
      onDone={onDone}
      submit={(v) => participationApi.transfer(detail.id, { version: detail.version, ...v })}
    >
      <Form.Item name="unitId" label="转至单位" rules={[{ required: true, message: '请选择单位' }]}>
        <UnitTreeSelect />
      </Form.Item>
      <ProFormText name="reason" label="转办理由" rules={[{ required: true, message: '请填写转办理由' }]} fieldProps={{ maxLength: 200 }} />
    </StepModal>
  );
}
