import { ModalForm } from '@ant-design/pro-components';
import { App, Form } from 'antd';
import { T } from '../../../i18n/zh-CN';
import { formModalProps } from '../../../platform/forms/form-modal';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { type CadreFormValues, toCreateBody } from '../cadre-form';
import type { Cadre } from '../cadres.types';
import { cadreApi } from '../hooks/cadreApi';
import { CadreFormFields } from './CadreFormFields';

interface Props {
  open: boolean;
  /** A unit to start in, e.g. the one the list is filtered by. */
  unitId?: string;
  onClose: () => void;
  onCreated: (cadre: Cadre) => void;
}

/** Registers a cadre with the full profile; the server refuses a number that is already registered (409 on idNumber). */
export function CreateCadreModal({ open, unitId, onClose, onCreated }: Props) {
  const [form] = Form.useForm<CadreFormValues>();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  return (
    <ModalForm<CadreFormValues>
      title="新增干部"
      form={form}
      // A form name prefixes the input ids, so that labels never point into another form on the page.
      name="newCadre"
      open={open}
      width={760}
      grid
      rowProps={{ gutter: [12, 0] }}
      initialValues={{ unitId, ethnicity: '01' }}
      modalProps={formModalProps(onClose)}
      submitter={{ searchConfig: { submitText: T.save } }}
      onFinish={async (values) => {
        try {
          const created = await cadreApi.create(toCreateBody(values));
          message.success(T.saved);
          onCreated(created);
          return true;
        } catch (error) {
          handleError(error, { form });
          return false;
        }
      }}
    >
      <CadreFormFields isNew />
    </ModalForm>
  );
}
