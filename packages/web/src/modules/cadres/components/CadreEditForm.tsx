import { ProForm } from '@ant-design/pro-components';
import { Alert, App, Button, Form, Space } from 'antd';
import { useState } from 'react';
import { T } from '../../../i18n/zh-CN';
import { isApiError } from '../../../platform/api/api-error';
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
 * Edits of a save that met a newer version, per cadre. The form remounts with the reloaded record (it is keyed by
 * id:version), so what the user typed is kept here and offered back rather than silently dropped.
 */
const unsavedEdits = new Map<string, CadreFormValues>();

/** The form's own label of a field (the form is named `cadre`, so an input's id is `cadre_<field>`). */
const labelOf = (field: string) => document.querySelector(`label[for="cadre_${field}"]`)?.textContent?.trim() || field;

/**
 * The profile form; `version` guards against lost updates and only changed fields are sent. Render it keyed by
 * `id:version` so a newer record (after a save or 刷新) starts a fresh form instance. A stale save (409) says so,
 * offers 刷新, and keeps the user's edits to put back into the fresh record.
 */
export function CadreEditForm({ cadre, onSaved, onReload }: Props) {
  const [form] = Form.useForm<CadreFormValues>();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  const [stale, setStale] = useState(false);
  const [carried, setCarried] = useState(() => unsavedEdits.get(cadre.id));
  const dropCarried = () => {
    unsavedEdits.delete(cadre.id);
    setCarried(undefined);
  };
  return (
    <>
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          id={`cadre-stale-${cadre.id}`}
          style={{ marginBottom: 16 }}
          message="该干部信息已被他人修改，请刷新后再编辑"
          description="刷新将载入他人保存后的最新信息；您这次填写的修改会保留，刷新后可以重新填入再保存。"
          action={
            <Button type="primary" onClick={() => onReload()}>
              {T.reload}
            </Button>
          }
        />
      )}
      {carried && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="已载入最新信息，您刷新前的修改尚未保存"
          description={`未保存的修改：${Object.keys(carried).map(labelOf).join('、')}。请核对他人的修改后决定是否重新填入。`}
          action={
            <Space direction="vertical">
              <Button
                size="small"
                type="primary"
                onClick={() => {
                  form.setFieldsValue(carried);
                  dropCarried();
                }}
              >
                重新填入我的修改
              </Button>
              <Button size="small" onClick={dropCarried}>
                放弃这些修改
              </Button>
            </Space>
          }
        />
      )}
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
            if (isApiError(error, 'VERSION_CONFLICT')) {
              const { version: _, ...changed } = patch;
              unsavedEdits.set(cadre.id, Object.fromEntries(Object.keys(changed).map((k) => [k, values[k as keyof CadreFormValues]])));
              setStale(true);
              // The 保存 button sits below a long form: bring the notice (and its 刷新) into view.
              requestAnimationFrame(() => document.getElementById(`cadre-stale-${cadre.id}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' }));
              return false;
            }
            handleError(error, { form });
            return false;
          }
        }}
      >
        <CadreFormFields isNew={false} />
      </ProForm>
    </>
  );
}
