import { ProForm, ProFormDigit, ProFormGroup, ProFormList, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { INDICATOR_KIND_LABELS, type IndicatorView } from '@dandang/shared/assessment/indicator.schema';
import {
  ADJUSTMENT_KIND_LABELS,
  ADJUSTMENT_KINDS,
  ADJUSTMENT_SOURCE_LABELS,
  ADJUSTMENT_SOURCES,
  RATER_GROUP_LABELS,
  RATER_GROUPS,
  SCHEME_CATEGORIES,
  SCHEME_CATEGORY_LABELS,
  type SchemeBody,
  type SchemeView,
} from '@dandang/shared/assessment/scheme.schema';
import { DEFAULT_FORMULA_WITH_BALLOTS, FORMULA_VARIABLES } from '@dandang/shared/assessment/score-formula';
import { Card, Form, Typography } from 'antd';
import { T } from '../../../i18n/zh-CN';
import { labelledOptions } from '../../../platform/forms/options';
import { FormulaCheck, WeightTotal } from './SchemeLiveChecks';

export type SchemeFields = SchemeBody;

/** Points as a scheme takes them (weights, per-occurrence values, caps): above 0, at most 100, two decimals. */
function PointsField({ name, placeholder, width, message, percent }: { name: string; placeholder: string; width: number; message: string; percent?: boolean }) {
  return (
    <ProFormDigit
      name={name}
      placeholder={placeholder}
      width={width}
      min={0.01}
      max={100}
      fieldProps={{ precision: 2, ...(percent ? { addonAfter: '%' } : {}) }}
      rules={[{ required: true, message }]}
    />
  );
}

export const emptyScheme = (): Partial<SchemeFields> => ({
  category: 'TOWNSHIP',
  items: [{ indicatorId: undefined as unknown as string, weight: undefined as unknown as number }],
  adjustments: [],
  raterGroups: [
    { group: 'SUPERIOR', weight: 40 },
    { group: 'PEER', weight: 30 },
    { group: 'SERVICE_RECIPIENT', weight: 30 },
  ],
  formula: DEFAULT_FORMULA_WITH_BALLOTS,
});

/** The scheme's form: the live totals and the formula's check run the same rules the server applies on save. */
export function SchemeForm({
  scheme,
  indicators,
  readOnly,
  onSubmit,
  form,
}: {
  scheme?: SchemeView;
  indicators: IndicatorView[];
  readOnly: boolean;
  onSubmit: (values: SchemeFields) => Promise<boolean>;
  form: ReturnType<typeof Form.useForm<SchemeFields>>[0];
}) {
  const items = Form.useWatch('items', form) ?? [];
  const raterGroups = Form.useWatch('raterGroups', form) ?? [];
  const formula = Form.useWatch('formula', form);
  const held = new Set(scheme?.items.map((i) => i.indicatorId));
  const options = indicators
    .filter((i) => !i.retired || held.has(i.id))
    .map((i) => ({
      value: i.id,
      label: `${i.code} ${i.name}（${INDICATOR_KIND_LABELS[i.definition.kind]}）${i.retired ? '（已停用）' : ''}`,
    }));

  return (
    <ProForm<SchemeFields>
      form={form}
      name="scheme"
      disabled={readOnly}
      initialValues={
        scheme ? { ...scheme, items: scheme.items.map((i) => ({ indicatorId: i.indicatorId, revision: i.revision, weight: i.weight })) } : emptyScheme()
      }
      submitter={readOnly ? false : { searchConfig: { submitText: T.save }, resetButtonProps: false }}
      onFinish={onSubmit}
    >
      <Card title="基本信息" size="small" style={{ marginBottom: 16 }}>
        <ProForm.Group>
          <ProFormText name="name" label="方案名称" width="lg" rules={[{ required: true, message: '请填写方案名称' }]} fieldProps={{ maxLength: 60 }} />
          <ProFormSelect name="category" label="考核类别" width="sm" allowClear={false} options={labelledOptions(SCHEME_CATEGORIES, SCHEME_CATEGORY_LABELS)} />
        </ProForm.Group>
        <ProFormTextArea name="description" label="说明" fieldProps={{ rows: 2, maxLength: 500 }} />
      </Card>

      <Card title="指标与权重（权重即该项满分，合计 100）" size="small" style={{ marginBottom: 16 }}>
        <WeightTotal label="指标权重" weights={items.map((i) => i?.weight)} />
        <ProFormList name="items" creatorButtonProps={{ creatorButtonText: '添加指标' }} min={1} copyIconProps={false}>
          {(meta) => {
            const item = scheme?.items[meta.name as number];
            const current = form.getFieldValue(['items', meta.name, 'indicatorId']);
            const stillPinned = item && item.indicatorId === current && item.outdated;
            return (
              <ProFormGroup>
                <ProFormSelect
                  name="indicatorId"
                  placeholder="选择指标"
                  width="lg"
                  showSearch
                  options={options}
                  rules={[{ required: true, message: '请选择指标' }]}
                  extra={stillPinned ? <Typography.Text type="warning">按第 {item.revision} 版计分（已有新版本）</Typography.Text> : undefined}
                />
                <PointsField name="weight" placeholder="权重" width={120} message="请填写权重" />
              </ProFormGroup>
            );
          }}
        </ProFormList>
      </Card>

      <Card title="民主测评（测评组权重合计 100；不设测评组则不做民主测评）" size="small" style={{ marginBottom: 16 }}>
        <WeightTotal label="测评组权重" weights={raterGroups.map((g) => g?.weight)} optional />
        <ProFormList name="raterGroups" creatorButtonProps={{ creatorButtonText: '添加测评组' }} max={RATER_GROUPS.length} copyIconProps={false}>
          <ProFormGroup>
            <ProFormSelect
              name="group"
              placeholder="测评组"
              width="sm"
              options={labelledOptions(RATER_GROUPS, RATER_GROUP_LABELS)}
              rules={[{ required: true, message: '请选择测评组' }]}
            />
            <PointsField name="weight" placeholder="权重" width={120} message="请填写权重" percent />
          </ProFormGroup>
        </ProFormList>
      </Card>

      <Card title="加减分项" size="small" style={{ marginBottom: 16 }}>
        <ProFormList name="adjustments" creatorButtonProps={{ creatorButtonText: '添加加减分项' }} copyIconProps={false}>
          <ProFormGroup>
            <ProFormSelect
              name="kind"
              placeholder="加/减"
              width={100}
              options={labelledOptions(ADJUSTMENT_KINDS, ADJUSTMENT_KIND_LABELS)}
              rules={[{ required: true, message: '请选择' }]}
            />
            <ProFormSelect
              name="source"
              placeholder="来源"
              width={120}
              options={labelledOptions(ADJUSTMENT_SOURCES, ADJUSTMENT_SOURCE_LABELS)}
              rules={[{ required: true, message: '请选择来源' }]}
            />
            <ProFormText
              name="name"
              placeholder="名称，如 受到市级以上表彰"
              width="md"
              rules={[{ required: true, message: '请填写名称' }]}
              fieldProps={{ maxLength: 40 }}
            />
            <PointsField name="pointsEach" placeholder="每次分值" width={110} message="请填写" />
            <PointsField name="cap" placeholder="上限" width={100} message="请填写上限" />
          </ProFormGroup>
        </ProFormList>
      </Card>

      <Card title="最终得分公式" size="small" style={{ marginBottom: 16 }}>
        <FormulaCheck formula={formula} />
        <ProFormText
          name="formula"
          width="xl"
          fieldProps={{ maxLength: 200 }}
          extra={`可用：${Object.entries(FORMULA_VARIABLES)
            .map(([k, v]) => `${k}（${v}）`)
            .join('、')}；运算 + - * / 与括号；函数 min、max、clamp`}
        />
      </Card>
    </ProForm>
  );
}
