import {
  ModalForm,
  ProFormDependency,
  ProFormDigit,
  ProFormList,
  ProFormRadio,
  ProFormSelect,
  ProFormSwitch,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import {
  DIRECTION_LABELS,
  DIRECTIONS,
  INDICATOR_KIND_LABELS,
  INDICATOR_KINDS,
  type IndicatorDefinition,
  type IndicatorView,
  SCORING_METHOD_LABELS,
  SCORING_METHODS,
} from '@dandang/shared/assessment/indicator.schema';
import { Form, Row } from 'antd';
import type { ReactNode } from 'react';
import { T } from '../../../i18n/zh-CN';
import { formModalProps } from '../../../platform/forms/form-modal';
import { labelledOptions } from '../../../platform/forms/options';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { indicatorApi } from '../hooks/assessmentApi';

/** The form holds both kinds' fields at once (switching kind keeps what was typed); the body takes the chosen kind's. */
interface IndicatorFields {
  code: string;
  name: string;
  description?: string;
  evidenceRequired?: boolean;
  definition: {
    kind: IndicatorDefinition['kind'];
    unit?: string;
    direction?: 'HIGHER_BETTER' | 'LOWER_BETTER';
    rule?: { method: 'LINEAR' | 'STEPS' | 'PASS_FAIL'; capPercent?: number; steps?: Array<{ threshold: number; percent: number }> };
    feed?: string;
    scale?: Array<{ code: string; label: string; percent: number; anchor?: string }>;
  };
}

/** A list row's fields side by side: in a grid form each field is a column, and the row must hold them. */
const inOneRow = (fields: ReactNode) => <Row gutter={8}>{fields}</Row>;

const DEFAULT_SCALE = [
  { code: 'GOOD', label: '好', percent: 100, anchor: '' },
  { code: 'FAIRLY_GOOD', label: '较好', percent: 85, anchor: '' },
  { code: 'FAIR', label: '一般', percent: 70, anchor: '' },
  { code: 'POOR', label: '较差', percent: 50, anchor: '' },
];

function definitionOf(d: IndicatorFields['definition']): IndicatorDefinition {
  if (d.kind === 'QUALITATIVE') return { kind: 'QUALITATIVE', scale: (d.scale ?? []).map((l) => ({ ...l, anchor: l.anchor ?? '' })) };
  const method = d.rule?.method ?? 'LINEAR';
  const rule =
    method === 'LINEAR' ? { method, capPercent: d.rule?.capPercent as number } : method === 'STEPS' ? { method, steps: d.rule?.steps ?? [] } : { method };
  return { kind: 'QUANTITATIVE', unit: d.unit ?? '', direction: d.direction ?? 'HIGHER_BETTER', rule, ...(d.feed ? { feed: d.feed } : {}) };
}

/** The feeds as options, each with its unit so the editor can match the indicator's 计量单位. */
async function feedOptions() {
  return (await indicatorApi.feeds()).map((f) => ({ value: f.code, label: `${f.label}（${f.unit}）` }));
}

const initialOf = (indicator?: IndicatorView): Partial<IndicatorFields> =>
  indicator
    ? { ...indicator, definition: { scale: DEFAULT_SCALE, direction: 'HIGHER_BETTER', rule: { method: 'LINEAR', capPercent: 100 }, ...indicator.definition } }
    : {
        evidenceRequired: false,
        definition: { kind: 'QUANTITATIVE', direction: 'HIGHER_BETTER', unit: '', rule: { method: 'LINEAR', capPercent: 100 }, scale: DEFAULT_SCALE },
      };

/** Creates an indicator, or edits one: a change of how it scores makes a new revision, which the form says. */
export function IndicatorFormModal({ indicator, onClose, onSaved }: { indicator?: IndicatorView; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<IndicatorFields>();
  const submit = useModalSubmit(form);
  return (
    <ModalForm<IndicatorFields>
      title={indicator ? `修改指标（当前第 ${indicator.revision} 版）` : '新增指标'}
      name="indicator"
      form={form}
      open
      grid
      width={760}
      rowProps={{ gutter: [12, 0] }}
      modalProps={formModalProps(onClose)}
      initialValues={initialOf(indicator)}
      submitter={{ searchConfig: { submitText: T.save } }}
      onFinish={(values) => {
        const body = {
          name: values.name,
          description: values.description ?? '',
          evidenceRequired: values.evidenceRequired ?? false,
          definition: definitionOf(values.definition),
        };
        const write = () =>
          indicator ? indicatorApi.update(indicator.id, { ...body, version: indicator.version }) : indicatorApi.create({ ...body, code: values.code });
        return submit(write, { done: T.saved, onDone: onSaved, onReload: onClose });
      }}
    >
      <ProFormText
        name="code"
        label="指标编码"
        colProps={{ xs: 24, sm: 8 }}
        disabled={Boolean(indicator)}
        rules={[{ required: true, message: '请填写指标编码' }]}
        fieldProps={{ maxLength: 30 }}
        placeholder="如 REVENUE"
      />
      <ProFormText
        name="name"
        label="指标名称"
        colProps={{ xs: 24, sm: 16 }}
        rules={[{ required: true, message: '请填写指标名称' }]}
        fieldProps={{ maxLength: 60 }}
      />
      <ProFormTextArea name="description" label="指标说明" colProps={{ span: 24 }} fieldProps={{ rows: 2, maxLength: 500 }} placeholder="口径、数据来源" />
      <ProFormRadio.Group
        name={['definition', 'kind']}
        label="指标类型"
        colProps={{ xs: 24, sm: 12 }}
        radioType="button"
        options={labelledOptions(INDICATOR_KINDS, INDICATOR_KIND_LABELS)}
      />
      <ProFormSwitch name="evidenceRequired" label="须上传佐证材料" colProps={{ xs: 24, sm: 12 }} />
      <ProFormDependency
        name={[
          ['definition', 'kind'],
          ['definition', 'rule', 'method'],
          ['definition', 'direction'],
        ]}
      >
        {({ definition }) =>
          definition?.kind === 'QUALITATIVE' ? (
            <ProFormList
              name={['definition', 'scale']}
              label="评分等级（由高到低）"
              colProps={{ span: 24 }}
              creatorButtonProps={{ creatorButtonText: '添加等级' }}
              min={2}
              max={10}
              copyIconProps={false}
              itemContainerRender={inOneRow}
            >
              <ProFormText name="code" placeholder="代码" colProps={{ xs: 12, sm: 5 }} rules={[{ required: true, message: '请填写代码' }]} />
              <ProFormText name="label" placeholder="名称" colProps={{ xs: 12, sm: 4 }} rules={[{ required: true, message: '请填写名称' }]} />
              <ProFormDigit
                name="percent"
                placeholder="得分%"
                colProps={{ xs: 12, sm: 4 }}
                min={0}
                max={200}
                fieldProps={{ addonAfter: '%' }}
                rules={[{ required: true, message: '请填写' }]}
              />
              <ProFormText name="anchor" placeholder="评分标准（锚点）" colProps={{ xs: 24, sm: 11 }} fieldProps={{ maxLength: 200 }} />
            </ProFormList>
          ) : (
            <>
              <ProFormText
                name={['definition', 'unit']}
                label="计量单位"
                colProps={{ xs: 12, sm: 6 }}
                fieldProps={{ maxLength: 10 }}
                placeholder="万元、%、件"
              />
              <ProFormRadio.Group
                name={['definition', 'direction']}
                label="方向"
                colProps={{ xs: 12, sm: 8 }}
                options={labelledOptions(DIRECTIONS, DIRECTION_LABELS)}
              />
              <ProFormSelect
                name={['definition', 'rule', 'method']}
                label="计分方法"
                colProps={{ xs: 24, sm: 10 }}
                allowClear={false}
                options={labelledOptions(SCORING_METHODS, SCORING_METHOD_LABELS)}
              />
              <ProFormSelect
                name={['definition', 'feed']}
                label="数据来源"
                colProps={{ xs: 24, sm: 12 }}
                placeholder="人工录入"
                request={feedOptions}
                extra="选定后，单位考核按该来源本期统计值计完成值；个人考核方案不能使用"
              />
              {definition?.rule?.method === 'LINEAR' && (
                <ProFormDigit
                  name={['definition', 'rule', 'capPercent']}
                  label="封顶比例"
                  colProps={{ xs: 24, sm: 8 }}
                  min={100}
                  max={200}
                  fieldProps={{ addonAfter: '%' }}
                  extra="超额完成最多按此比例计分；100% 即不加分"
                  rules={[{ required: true, message: '请填写封顶比例' }]}
                />
              )}
              {definition?.rule?.method === 'STEPS' && (
                <ProFormList
                  name={['definition', 'rule', 'steps']}
                  label={definition?.direction === 'LOWER_BETTER' ? '档位（完成值不高于档位值即得该档分）' : '档位（完成值不低于档位值即得该档分）'}
                  colProps={{ span: 24 }}
                  creatorButtonProps={{ creatorButtonText: '添加档位' }}
                  min={1}
                  max={20}
                  copyIconProps={false}
                  itemContainerRender={inOneRow}
                >
                  <ProFormDigit name="threshold" placeholder="档位值" colProps={{ xs: 12, sm: 8 }} rules={[{ required: true, message: '请填写档位值' }]} />
                  <ProFormDigit
                    name="percent"
                    placeholder="得分比例"
                    colProps={{ xs: 12, sm: 8 }}
                    min={0}
                    max={200}
                    fieldProps={{ addonAfter: '%' }}
                    rules={[{ required: true, message: '请填写' }]}
                  />
                </ProFormList>
              )}
            </>
          )
        }
      </ProFormDependency>
    </ModalForm>
  );
}
