import { ProForm, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { App, Form } from 'antd';
import { T } from '../../../i18n/zh-CN';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { useDictionary } from '../../dictionaries';
import type { Cadre } from '../cadres.types';
import { cadreApi } from '../hooks/cadreApi';

type Values = { post: string; rank: string; phone: string };

interface Props {
  cadre: Cadre;
  onSaved: (cadre: Cadre) => void;
  /** Re-reads the record after a 409, so the next save carries the current version. */
  onReload: () => unknown;
}

/**
 * Post, rank and phone: the only fields the foundation lets a user change; `version` guards against lost updates.
 * Render it keyed by `id:version` so a newer record (after a save or 刷新) starts a fresh form instance.
 */
export function CadreEditForm({ cadre, onSaved, onReload }: Props) {
  const [form] = Form.useForm<Values>();
  const ranks = useDictionary('rank_level');
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  return (
    <ProForm<Values>
      form={form}
      layout="vertical"
      initialValues={{ post: cadre.post, rank: cadre.rank || undefined, phone: cadre.phone ?? '' }}
      submitter={{ searchConfig: { submitText: T.save, resetText: '还原' } }}
      onFinish={async (values) => {
        try {
          const saved = await cadreApi.update(cadre.id, { ...values, version: cadre.version });
          message.success(T.saved);
          onSaved(saved);
          return true;
        } catch (error) {
          handleError(error, { form, onReload });
          return false;
        }
      }}
    >
      <ProFormText name="post" label="现任职务" fieldProps={{ maxLength: 100 }} />
      <ProFormSelect name="rank" label="职务职级" options={ranks.options} allowClear showSearch />
      <ProFormText name="phone" label="联系电话" rules={[{ pattern: /^[0-9+\-() ]{0,20}$/, message: '请输入有效的电话号码' }]} />
    </ProForm>
  );
}
