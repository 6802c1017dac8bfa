import { ModalForm, ProFormDatePicker, ProFormSelect, ProFormSwitch, ProFormText } from '@ant-design/pro-components';
import { App, Col, Form } from 'antd';
import { T } from '../../../i18n/zh-CN';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { useDictionary } from '../../dictionaries';
import { UnitTreeSelect } from '../../org';
import type { CadrePost, PostPatch } from '../cadres.types';
import { cadreApi } from '../hooks/cadreApi';

type Values = { unitId?: string; unitName?: string; post: string; rank?: string; startedOn: string; endedOn?: string; isKey?: boolean };

interface Props {
  cadreId: string;
  /** The post being edited; absent to add one. */
  post?: CadrePost;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}

const half = { xs: 24, sm: 12 };
const date = { style: { width: '100%' }, format: 'YYYY-MM-DD' };

/** Cleared fields are `undefined` in the form and `null`/`''` on the server; only changed fields are sent. */
function toBody(values: Values) {
  return {
    unitId: values.unitId ?? null,
    unitName: values.unitName ?? '',
    post: values.post,
    rank: values.rank ?? '',
    startedOn: values.startedOn,
    endedOn: values.endedOn ?? null,
    isKey: values.isKey ?? false,
  };
}

/** Adds or edits one post of the 任职经历. The unit is optional: a post held outside the county has only its name. */
export function PostFormModal({ cadreId, post, open, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const ranks = useDictionary('rank_level');
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  return (
    <ModalForm<Values>
      title={post ? '修改任职经历' : '新增任职经历'}
      form={form}
      // A form name prefixes the input ids, so that labels never point into another form on the page.
      name="cadrePost"
      open={open}
      grid
      rowProps={{ gutter: [12, 0] }}
      modalProps={formModalProps(onClose)}
      initialValues={post ? { ...post, unitId: post.unitId ?? undefined, rank: post.rank || undefined, endedOn: post.endedOn ?? undefined } : { isKey: false }}
      submitter={{ searchConfig: { submitText: T.save } }}
      onFinish={async (values) => {
        const body = toBody(values);
        try {
          if (post) {
            const patch = Object.fromEntries(Object.entries(body).filter(([k, v]) => v !== post[k as keyof CadrePost]));
            await cadreApi.updatePost(post.id, { ...patch, version: post.version } as PostPatch);
          } else {
            await cadreApi.addPost(cadreId, body);
          }
          message.success(T.saved);
          onSaved();
          return true;
        } catch (error) {
          handleError(error, { form, onReload: onSaved });
          return false;
        }
      }}
    >
      <Col {...half}>
        <Form.Item name="unitId" label="任职单位" extra="本系统中的单位；不在本系统的请填写右侧名称">
          {/* Another unit brings its own name: the server fills it in when the name is left empty. */}
          <UnitTreeSelect onChange={() => form.setFieldValue('unitName', undefined)} />
        </Form.Item>
      </Col>
      <ProFormText name="unitName" label="单位名称（当时）" colProps={half} fieldProps={{ maxLength: 100 }} placeholder="选择单位后可不填" />
      <ProFormText name="post" label="职务" colProps={half} rules={[{ required: true, message: '请填写职务' }]} fieldProps={{ maxLength: 100 }} />
      <ProFormSelect name="rank" label="职务职级" colProps={half} options={ranks.options} allowClear showSearch />
      <ProFormDatePicker name="startedOn" label="任职开始" colProps={half} fieldProps={date} rules={[{ required: true, message: '请选择任职开始日期' }]} />
      <ProFormDatePicker name="endedOn" label="任职结束" colProps={half} fieldProps={date} extra="现任职务留空" />
      <ProFormSwitch name="isKey" label="关键岗位" colProps={half} />
    </ModalForm>
  );
}
