import { ModalForm, ProFormDatePicker, ProFormDependency, ProFormRadio, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import type { IndicatorView } from '@dandang/shared/assessment/indicator.schema';
import { TARGET_LEVEL_LABELS, TARGET_LEVELS, type TargetBody, type TargetLevel, type TargetView } from '@dandang/shared/assessment/target.schema';
import { Form, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { formModalProps } from '../../../platform/forms/form-modal';
import { labelledOptions } from '../../../platform/forms/options';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { searchCadreOptions } from '../../cadres';
import { UnitTreeSelect } from '../../org';
import { targetApi } from '../hooks/assessmentApi';

type Values = Omit<TargetBody, 'deadline'> & { deadline?: Dayjs | string };

/** What a new target starts from: blank, a child of a target, or a person dropped onto a unit target. */
export interface TargetDraft {
  level: TargetLevel;
  parent?: TargetView;
  cadre?: { id: string; name: string };
  /** The unit a new unit target belongs to, when chosen on the heat map or the tree. */
  unitId?: string;
}

/** The child level a target decomposes into. */
const CHILD_LEVEL: Record<TargetLevel, TargetLevel | null> = { JURISDICTION: 'UNIT', UNIT: 'PERSON', PERSON: null };
export const childLevelOf = (t: TargetView) => CHILD_LEVEL[t.level];

/** The part of a parent's value its children have not taken yet, as the suggested value of one more child. */
function remainingOf(parent: TargetView | undefined): number | undefined {
  if (!parent || parent.targetValue === null) return undefined;
  const left = parent.targetValue - (parent.assigned ?? 0);
  return left > 0 ? Math.round(left * 1e6) / 1e6 : undefined;
}

/**
 * 新建或分解目标任务 / 修改目标任务. A child starts with its parent's indicator, deadline and the value still to assign;
 * the server checks the tree's rules and names every field it refuses.
 */
export function TargetFormModal({
  cycleId,
  draft,
  editing,
  indicators,
  onClose,
  onSaved,
}: {
  cycleId: string;
  draft?: TargetDraft;
  editing?: TargetView;
  indicators: IndicatorView[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const submit = useModalSubmit(form);
  const parent = draft?.parent;
  const level = editing?.level ?? draft?.level ?? 'UNIT';
  const initial: Partial<Values> = editing
    ? { ...editing, indicatorId: editing.indicator?.id ?? null }
    : {
        level,
        parentId: parent?.id ?? null,
        title: parent && draft?.cadre ? `${parent.title}（${draft.cadre.name}）` : undefined,
        unitId: draft?.unitId ?? null,
        cadreId: draft?.cadre?.id ?? null,
        indicatorId: parent?.indicator?.id ?? null,
        targetValue: remainingOf(parent) ?? null,
        deadline: parent?.deadline,
      };
  const indicatorOptions = indicators.map((i) => ({ value: i.id, label: `${i.name}（${i.code}）` }));
  const kindOf = (id: unknown) => indicators.find((i) => i.id === id)?.definition;

  const save = async (v: Values) => {
    const deadline = v.deadline ? dayjs(v.deadline).format('YYYY-MM-DD') : '';
    // Hidden fields keep their last values in the form: send only what the chosen level and indicator use.
    const chosen = editing?.level ?? (parent ? level : (v.level ?? level));
    const targetValue = kindOf(v.indicatorId)?.kind === 'QUANTITATIVE' ? (v.targetValue ?? null) : null;
    return submit(
      () =>
        editing
          ? targetApi.update(editing.id, {
              version: editing.version,
              title: v.title,
              description: v.description ?? '',
              indicatorId: v.indicatorId ?? null,
              targetValue,
              deadline,
            })
          : targetApi.create(cycleId, {
              level: chosen,
              parentId: parent?.id ?? null,
              title: v.title,
              description: v.description ?? '',
              unitId: chosen === 'UNIT' ? (v.unitId ?? null) : null,
              cadreId: chosen === 'PERSON' ? (v.cadreId ?? null) : null,
              indicatorId: v.indicatorId ?? null,
              targetValue,
              deadline,
            }),
      { done: editing ? '已保存目标任务' : '已新建目标任务', onDone: onSaved, onReload: onClose },
    );
  };

  return (
    <ModalForm<Values>
      title={editing ? `修改目标任务：${editing.title}` : parent ? `分解目标任务：${parent.title}` : '新建目标任务'}
      name="target"
      form={form}
      open
      width={640}
      modalProps={formModalProps(onClose)}
      initialValues={initial}
      onFinish={save}
    >
      {!editing && !parent && (
        <ProFormRadio.Group name="level" label="层级" radioType="button" options={labelledOptions(TARGET_LEVELS.slice(0, 2), TARGET_LEVEL_LABELS)} />
      )}
      <ProFormText name="title" label="目标名称" rules={[{ required: true, message: '请填写目标名称' }]} fieldProps={{ maxLength: 100 }} />
      <ProFormTextArea name="description" label="目标内容" fieldProps={{ maxLength: 500, rows: 2 }} />
      {!editing && (
        <ProFormDependency name={['level']}>
          {({ level: chosen }) =>
            (parent ? level : chosen) === 'UNIT' ? (
              <Form.Item name="unitId" label="责任单位" rules={[{ required: true, message: '请选择责任单位' }]}>
                <UnitTreeSelect placeholder="选择责任单位" />
              </Form.Item>
            ) : level === 'PERSON' ? (
              <ProFormSelect
                name="cadreId"
                label="责任人"
                rules={[{ required: true, message: '请选择责任人' }]}
                showSearch
                debounceTime={300}
                request={async ({ keyWords }) => {
                  const found = await searchCadreOptions(keyWords);
                  const dropped = draft?.cadre;
                  return dropped && !found.some((o) => o.value === dropped.id) ? [{ value: dropped.id, label: dropped.name }, ...found] : found;
                }}
              />
            ) : null
          }
        </ProFormDependency>
      )}
      <ProFormSelect
        name="indicatorId"
        label="考核指标"
        options={indicatorOptions}
        showSearch
        allowClear
        disabled={Boolean(parent?.indicator)}
        extra={parent?.indicator ? '分解的目标沿用上级目标的考核指标' : '定量指标的目标填写目标值，完成情况按已确认的进度计分'}
      />
      <ProFormDependency name={['indicatorId']}>
        {({ indicatorId }) => {
          const def = kindOf(indicatorId);
          return def?.kind === 'QUANTITATIVE' ? (
            <Form.Item
              name="targetValue"
              label="目标值"
              rules={[{ required: true, message: '定量指标请填写目标值' }]}
              extra={parent?.targetValue != null ? `上级目标值 ${parent.targetValue}，已分解 ${parent.assigned ?? 0}` : undefined}
            >
              <InputNumber addonAfter={def.unit || undefined} style={{ width: '100%' }} />
            </Form.Item>
          ) : null;
        }}
      </ProFormDependency>
      <ProFormDatePicker
        name="deadline"
        label="截止日期"
        rules={[{ required: true, message: '请选择截止日期' }]}
        extra={parent ? `不晚于上级目标的截止日期 ${parent.deadline}` : undefined}
      />
    </ModalForm>
  );
}
