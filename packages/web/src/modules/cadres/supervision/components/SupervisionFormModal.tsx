import { ModalForm, ProFormDatePicker, ProFormDependency, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import {
  INQUIRY_CONCLUSION_LABELS,
  SUPERVISION_FORMS,
  SUPERVISION_KIND_LABELS,
  SUPERVISION_KINDS,
  SUPERVISION_MEASURE,
  type SupervisionKind,
  type SupervisionRecord,
} from '@dandang/shared/cadres/supervision.schema';
import { Alert, Col, Form } from 'antd';
import { T } from '../../../../i18n/zh-CN';
import { formModalProps } from '../../../../platform/forms/form-modal';
import { useModalSubmit } from '../../../../platform/forms/useModalSubmit';
import { supervisionApi } from '../hooks/supervisionApi';

type Values = Partial<Omit<SupervisionRecord, 'kind'>> & { kind: SupervisionKind };

interface Props {
  cadreId: string;
  /** The record being edited (e.g. an inquiry being completed); absent to record a new one. */
  record?: SupervisionRecord;
  onClose: () => void;
  onSaved: () => void;
}

const date = { style: { width: '100%' }, format: 'YYYY-MM-DD' };
const DATE_LABEL: Record<SupervisionKind, string> = { TALK: '谈话日期', REMINDER: '提醒日期', INQUIRY: '函询日期', ADMONISH: '诫勉日期' };
const TEXT_AREAS = new Set(['topics', 'followUp', 'question', 'reply']);
const conclusionOptions = Object.entries(INQUIRY_CONCLUSION_LABELS).map(([value, label]) => ({ value, label }));

/** The fields of one kind, labelled as that kind names them (谈话人, 函询机关, 决定机关 …). */
function KindFields({ kind, locked }: { kind: SupervisionKind; locked: boolean }) {
  const form = SUPERVISION_FORMS[kind];
  const rules = (field: string, label: string) => (form.required.includes(field as never) ? [{ required: true, message: `请填写${label}` }] : []);
  return (
    <>
      {Object.entries(form.labels).map(([field, label]) => {
        if (field === 'repliedOn') return <ProFormDatePicker key={field} name={field} label={label} colProps={{ xs: 24, sm: 12 }} fieldProps={date} />;
        if (field === 'conclusion')
          return <ProFormSelect key={field} name={field} label={label} colProps={{ xs: 24, sm: 12 }} options={conclusionOptions} allowClear />;
        if (TEXT_AREAS.has(field)) {
          return (
            <ProFormTextArea
              key={field}
              name={field}
              label={label}
              colProps={{ span: 24 }}
              rules={rules(field, label)}
              extra={field === 'reply' ? '收到本人书面说明后再填写说明、回复日期和结论（即办结）' : undefined}
              fieldProps={{ rows: 2, maxLength: 2000, showCount: true }}
            />
          );
        }
        // What the measure was recorded with stays fixed: correct it by revoking the record and recording anew.
        const fixed = locked && (field === 'conductedBy' || field === 'documentNo');
        return (
          <ProFormText
            key={field}
            name={field}
            label={label}
            colProps={{ xs: 24, sm: 12 }}
            rules={rules(field, label)}
            disabled={fixed}
            fieldProps={{ maxLength: 100 }}
          />
        );
      })}
    </>
  );
}

/** Records a talk, reminder, inquiry or admonishment, or edits one; the fields follow the kind. */
export function SupervisionFormModal({ cadreId, record, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const submit = useModalSubmit(form);
  const locked = Boolean(record?.measureId);
  const initial: Partial<Values> = record
    ? { ...record, repliedOn: record.repliedOn ?? undefined, conclusion: record.conclusion || undefined }
    : { kind: 'TALK' };
  return (
    <ModalForm<Values>
      title={record ? `修改${SUPERVISION_KIND_LABELS[record.kind]}记录` : '登记监督记录'}
      name="supervisionRecord"
      form={form}
      open
      grid
      rowProps={{ gutter: [12, 0] }}
      modalProps={formModalProps(onClose)}
      initialValues={initial}
      submitter={{ searchConfig: { submitText: T.save } }}
      onFinish={(values) => {
        const { kind, ...rest } = values;
        const used = SUPERVISION_FORMS[kind].labels;
        // Only the fields this kind uses are sent: a field left over from another kind would be refused.
        const body = Object.fromEntries(
          Object.entries(rest)
            .filter(([k]) => k === 'occurredOn' || k in used)
            .map(([k, v]) => [k, v ?? (k === 'repliedOn' ? null : '')]),
        );
        const write = () => {
          if (!record) return supervisionApi.create(cadreId, { kind, ...body });
          const changed = Object.fromEntries(Object.entries(body).filter(([k, v]) => v !== (record as unknown as Record<string, unknown>)[k]));
          return supervisionApi.update(record.id, { ...changed, version: record.version });
        };
        return submit(write, { done: T.saved, onDone: onSaved, onReload: onSaved });
      }}
    >
      <ProFormSelect
        name="kind"
        label="类别"
        colProps={{ xs: 24, sm: 12 }}
        disabled={Boolean(record)}
        allowClear={false}
        options={SUPERVISION_KINDS.map((k) => ({ value: k, label: SUPERVISION_KIND_LABELS[k] }))}
      />
      <ProFormDependency name={['kind']}>
        {({ kind = 'TALK' }: { kind?: SupervisionKind }) => (
          <>
            <ProFormDatePicker
              name="occurredOn"
              label={DATE_LABEL[kind]}
              colProps={{ xs: 24, sm: 12 }}
              fieldProps={date}
              disabled={locked}
              rules={[{ required: true, message: `请选择${DATE_LABEL[kind]}` }]}
            />
            {!record && SUPERVISION_MEASURE[kind] && (
              <Col span={24}>
                <Alert
                  type="info"
                  showIcon
                  style={{ marginBottom: 16 }}
                  message={`同时在处理处分措施中登记“${SUPERVISION_KIND_LABELS[kind]}”${kind === 'ADMONISH' ? '（影响期 6 个月，当年不得评为优秀）' : '（不影响提拔使用）'}`}
                />
              </Col>
            )}
            <KindFields kind={kind} locked={locked} />
          </>
        )}
      </ProFormDependency>
    </ModalForm>
  );
}
