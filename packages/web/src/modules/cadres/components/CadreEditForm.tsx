import { ProForm } from '@ant-design/pro-components';
import { App, Form } from 'antd';
import { T } from '../../../i18n/zh-CN';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { type CadreFormValues, formValuesOf, toCadrePatch } from '../cadre-form';
import type { Cadre } from '../cadres.types';
import { cadreApi } from '../hooks/cadreApi';
import { CadreFormFields } from './CadreFormFields';

interface Props {
  cadre: Cadre;
  onSaved: (cadre: Cadre) => void;
  /** Re-reads the record after a 409, so the next save carries the current version. */
  onReload: () => unknown;
}

/**
 * The profile form; `version` guards against lost updates and only changed fields are sent. Render it keyed by
 * `id:version` so a newer record (after a save or 刷新) starts a fresh form instance.
 */
export function CadreEditForm({ cadre, onSaved, onReload }: Props) {
  const [form] = Form.useForm<CadreFormValues>();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  return (
    <ProForm<CadreFormValues>
      form={form}
      // A form name prefixes the input ids, which must not clash with the post form opened over the drawer.
      name="cadre"
      layout="vertical"
      grid
      rowProps={{ gutter: [12, 0] }}
      initialValues={formValuesOf(cadre)}
      submitter={{ searchConfig: { submitText: T.save, resetText: '还原' } }}
      onFinish={async (values) => {
        const patch = toCadrePatch(cadre, values);
        if (!patch) {
          message.info('没有修改任何内容');
          return true;
        }
        try {
          const saved = await cadreApi.update(cadre.id, patch);
          message.success(T.saved);
          onSaved(saved);
          return true;
        } catch (error) {
          handleError(error, { form, onReload });
          return false;
        }
      }}
    >
      <CadreFormFields isNew={false} />
    </ProForm>
  );
}
