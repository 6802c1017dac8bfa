import {
  ModalForm,
  ProFormDependency,
  ProFormDigit,
  ProFormGroup,
  ProFormList,
  ProFormRadio,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { CYCLE_KIND_LABELS, CYCLE_KINDS, type CycleBody, type CycleView } from '@dandang/shared/assessment/cycle.schema';
import { SCHEME_CATEGORIES, SCHEME_CATEGORY_LABELS, type SchemeView } from '@dandang/shared/assessment/scheme.schema';
import { Form } from 'antd';
import { T } from '../../../i18n/zh-CN';
import { formModalProps } from '../../../platform/forms/form-modal';
import { labelledOptions } from '../../../platform/forms/options';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { UnitTreeSelect } from '../../org/components/UnitTreeSelect';
import { cycleApi } from '../hooks/assessmentApi';

const thisYear = new Date().getFullYear();

/** A new cycle (a draft): its kind and period, the units it covers, the scheme of each category, and stage deadlines. */
export function CycleFormModal({ schemes, onClose, onSaved }: { schemes: SchemeView[]; onClose: () => void; onSaved: (cycle: CycleView) => void }) {
  const [form] = Form.useForm<CycleBody>();
  const submit = useModalSubmit(form);
  return (
    <ModalForm<CycleBody>
      title="新建考核周期"
      name="cycle"
      form={form}
      open
      width={760}
      modalProps={formModalProps(onClose)}
      initialValues={{
        kind: 'ANNUAL',
        year: thisYear,
        quarter: null,
        schemes: [{ category: 'INDIVIDUAL' }],
        stageWorkdays: { OPEN: 10, SCORING: 5, GRADING: 5, NOTICE: 5 },
      }}
      submitter={{ searchConfig: { submitText: T.save } }}
      onFinish={(values) =>
        submit(() => cycleApi.create({ ...values, quarter: values.kind === 'PERIODIC' ? values.quarter : null }), {
          done: T.saved,
          onDone: onSaved,
          onReload: onClose,
        })
      }
    >
      <ProFormText
        name="name"
        label="周期名称"
        rules={[{ required: true, message: '请填写周期名称' }]}
        fieldProps={{ maxLength: 60 }}
        placeholder="如：2026年度干部考核"
      />
      <ProFormGroup>
        <ProFormRadio.Group name="kind" label="考核类型" radioType="button" options={labelledOptions(CYCLE_KINDS, CYCLE_KIND_LABELS)} />
        <ProFormDigit
          name="year"
          label="年度"
          width={100}
          min={2000}
          max={2100}
          fieldProps={{ precision: 0 }}
          rules={[{ required: true, message: '请填写年度' }]}
        />
        <ProFormDependency name={['kind']}>
          {({ kind }) =>
            kind === 'PERIODIC' && (
              <ProFormSelect
                name="quarter"
                label="季度"
                width={110}
                options={[1, 2, 3, 4].map((q) => ({ value: q, label: `第${q}季度` }))}
                rules={[{ required: true, message: '请选择季度' }]}
              />
            )
          }
        </ProFormDependency>
      </ProFormGroup>
      <Form.Item name="unitIds" label="考核范围（含下级单位）" rules={[{ required: true, message: '请至少选择一个单位' }]}>
        <UnitTreeSelect multiple placeholder="选择单位" />
      </Form.Item>
      <ProFormList
        name="schemes"
        label="考核类别与方案"
        min={1}
        max={SCHEME_CATEGORIES.length}
        copyIconProps={false}
        creatorButtonProps={{ creatorButtonText: '添加类别' }}
      >
        {(meta) => (
          <ProFormGroup>
            <ProFormSelect
              name="category"
              placeholder="类别"
              width="sm"
              options={labelledOptions(SCHEME_CATEGORIES, SCHEME_CATEGORY_LABELS)}
              rules={[{ required: true, message: '请选择类别' }]}
            />
            <ProFormDependency name={[['schemes', meta.name, 'category']]} ignoreFormListField>
              {(values) => {
                const category = values.schemes?.[meta.name]?.category;
                return (
                  <ProFormSelect
                    name="schemeId"
                    placeholder={category ? '选择该类别的方案' : '先选类别'}
                    width="md"
                    options={schemes.filter((s) => s.category === category).map((s) => ({ value: s.id, label: s.name }))}
                    rules={[{ required: true, message: '请选择方案' }]}
                  />
                );
              }}
            </ProFormDependency>
          </ProFormGroup>
        )}
      </ProFormList>
      <ProFormGroup title="各阶段期限（工作日）">
        <ProFormDigit name={['stageWorkdays', 'OPEN']} label="填报" width={90} min={1} max={60} fieldProps={{ precision: 0 }} />
        <ProFormDigit name={['stageWorkdays', 'SCORING']} label="评分" width={90} min={1} max={60} fieldProps={{ precision: 0 }} />
        <ProFormDigit name={['stageWorkdays', 'GRADING']} label="定等" width={90} min={1} max={60} fieldProps={{ precision: 0 }} />
        <ProFormDigit name={['stageWorkdays', 'NOTICE']} label="公示" width={90} min={1} max={60} fieldProps={{ precision: 0 }} />
      </ProFormGroup>
      <ProFormTextArea name="description" label="说明" fieldProps={{ rows: 2, maxLength: 500 }} />
    </ModalForm>
  );
}
