import { ModalForm, ProFormDependency, ProFormRadio, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import {
  ANNOUNCEMENT_AUDIENCE_LABELS,
  ANNOUNCEMENT_AUDIENCES,
  type AnnouncementAudience,
  type AnnouncementView,
} from '@dandang/shared/notifications/announcement.schema';
import { Form } from 'antd';
import { formModalProps } from '../../../platform/forms/form-modal';
import { labelledOptions } from '../../../platform/forms/options';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { UnitTreeSelect } from '../../org';
import { notificationsApi } from '../hooks/notificationsApi';

interface Values {
  title: string;
  body: string;
  audience: AnnouncementAudience;
  unitIds?: string[];
}

/** 发布通知公告: to everyone, or to chosen units with their sub-units; it lands in each person's inbox at once. */
export function PublishAnnouncementModal({ onClose, onDone }: { onClose: () => void; onDone: (a: AnnouncementView) => void }) {
  const [form] = Form.useForm<Values>();
  const submit = useModalSubmit(form);
  return (
    <ModalForm<Values>
      title="发布通知公告"
      name="announcement"
      form={form}
      open
      width={640}
      modalProps={formModalProps(onClose)}
      initialValues={{ audience: 'ALL' }}
      submitter={{ searchConfig: { submitText: '发布' } }}
      onFinish={(values) =>
        submit(
          () =>
            notificationsApi.publish({
              title: values.title.trim(),
              body: values.body.trim(),
              audience: values.audience,
              unitIds: values.audience === 'UNITS' ? (values.unitIds ?? []) : [],
            }),
          { done: '已发布', onDone, onReload: onClose },
        )
      }
    >
      <ProFormText
        name="title"
        label="标题"
        rules={[{ required: true, whitespace: true, message: '请填写标题' }]}
        fieldProps={{ maxLength: 100, showCount: true }}
      />
      <ProFormTextArea
        name="body"
        label="正文"
        rules={[{ required: true, whitespace: true, message: '请填写正文' }]}
        fieldProps={{ rows: 8, maxLength: 5000, showCount: true }}
      />
      <ProFormRadio.Group name="audience" label="发布范围" radioType="button" options={labelledOptions(ANNOUNCEMENT_AUDIENCES, ANNOUNCEMENT_AUDIENCE_LABELS)} />
      <ProFormDependency name={['audience']}>
        {({ audience }) =>
          audience === 'UNITS' && (
            <Form.Item name="unitIds" label="单位" extra="所选单位的下级单位一并送达" rules={[{ required: true, message: '请至少选择一个单位' }]}>
              <UnitTreeSelect multiple placeholder="选择单位" />
            </Form.Item>
          )
        }
      </ProFormDependency>
    </ModalForm>
  );
}
