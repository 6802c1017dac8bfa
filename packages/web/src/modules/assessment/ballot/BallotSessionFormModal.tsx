import { ModalForm, ProFormDigit, ProFormGroup, ProFormList, ProFormSelect } from '@ant-design/pro-components';
import type { CreateBallotSessionBody, IssuedCodes } from '@dandang/shared/assessment/ballot.schema';
import { RATER_GROUP_LABELS, type RaterGroup } from '@dandang/shared/assessment/scheme.schema';
import { Form } from 'antd';
import { formModalProps } from '../../../platform/forms/form-modal';
import { labelledOptions } from '../../../platform/forms/options';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { UnitTreeSelect } from '../../org/components/UnitTreeSelect';
import { ballotApi } from '../hooks/assessmentApi';

/** 组织民主测评: a unit of the cycle, and how many one-time codes each rater group of its scheme gets. */
export function BallotSessionFormModal({
  cycleId,
  groups,
  onClose,
  onIssued,
}: {
  cycleId: string;
  groups: RaterGroup[];
  onClose: () => void;
  onIssued: (issued: IssuedCodes) => void;
}) {
  const [form] = Form.useForm<CreateBallotSessionBody>();
  const submit = useModalSubmit(form);
  return (
    <ModalForm<CreateBallotSessionBody>
      title="组织民主测评"
      name="ballotSession"
      form={form}
      open
      width={620}
      modalProps={formModalProps(onClose)}
      initialValues={{ groups: groups.map((group) => ({ group, codes: 10 })) }}
      submitter={{ searchConfig: { submitText: '生成测评码' } }}
      onFinish={(values) => submit(() => ballotApi.create(cycleId, values), { done: '测评码已生成', onDone: onIssued, onReload: onClose })}
    >
      <Form.Item name="unitId" label="被测评单位" rules={[{ required: true, message: '请选择被测评单位' }]} extra="测评票列出该单位本周期的全部考核对象">
        <UnitTreeSelect />
      </Form.Item>
      <ProFormList
        name="groups"
        label="各测评组的测评码数量"
        min={1}
        max={groups.length}
        copyIconProps={false}
        creatorButtonProps={{ creatorButtonText: '添加测评组' }}
      >
        <ProFormGroup>
          <ProFormSelect
            name="group"
            placeholder="测评组"
            width="sm"
            options={labelledOptions(groups, RATER_GROUP_LABELS)}
            rules={[{ required: true, message: '请选择测评组' }]}
          />
          <ProFormDigit
            name="codes"
            placeholder="数量"
            width={110}
            min={1}
            max={1000}
            fieldProps={{ precision: 0, addonAfter: '个' }}
            rules={[{ required: true, message: '请填写数量' }]}
          />
        </ProFormGroup>
      </ProFormList>
      <ProFormDigit
        name="minValidPerGroup"
        label="每组最少有效票数"
        width={140}
        min={1}
        max={1000}
        fieldProps={{ precision: 0, placeholder: '按政策规定' }}
        extra="不填按政策规定的票数，也不能比它少。少于此数的测评组不计入民主测评得分，其余测评组按权重折算"
      />
    </ModalForm>
  );
}
