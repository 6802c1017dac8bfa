import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import type { NominationView } from '@dandang/shared/honors/honor.schema';
import { Form } from 'antd';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { CadreSelect } from '../../cadres';
import { honorsApi } from '../hooks/honorsApi';

interface Values {
  cadreId: string;
  deeds: string;
  evidence?: string;
}

/**
 * 推荐人选 (honor.nominate): a unit names one of its cadres with the deeds and the evidence. The server screens the
 * nominee at once; a refused one is kept on the list with the reasons, and does not use a place.
 */
export function NominateModal({ campaignId, onClose, onDone }: { campaignId: string; onClose: () => void; onDone: (n: NominationView) => void }) {
  const [form] = Form.useForm<Values>();
  const submit = useModalSubmit(form);
  return (
    <ModalForm<Values>
      title="推荐人选"
      name="honorNomination"
      form={form}
      open
      width={600}
      modalProps={formModalProps(onClose)}
      submitter={{ searchConfig: { submitText: '推荐' } }}
      onFinish={(values) =>
        submit(() => honorsApi.nominate(campaignId, { cadreId: values.cadreId, deeds: values.deeds.trim(), evidence: values.evidence?.trim() ?? '' }), {
          done: '已提交推荐',
          onDone,
          onReload: onClose,
        })
      }
    >
      <Form.Item name="cadreId" label="被推荐干部" rules={[{ required: true, message: '请选择被推荐干部' }]}>
        <CadreSelect />
      </Form.Item>
      <ProFormTextArea
        name="deeds"
        label="主要事迹"
        placeholder="担当作为的具体事例和取得的成效"
        rules={[
          { required: true, whitespace: true, message: '请填写主要事迹' },
          { min: 10, message: '主要事迹至少 10 个字' },
        ]}
        fieldProps={{ rows: 4, maxLength: 2000, showCount: true }}
      />
      <ProFormTextArea
        name="evidence"
        label="佐证材料"
        placeholder="如：表彰文件、项目验收报告、群众评价等（可选）"
        fieldProps={{ rows: 2, maxLength: 2000 }}
      />
    </ModalForm>
  );
}
