import { findIdentifyingIn, REDACTION_KINDS } from '@dandang/shared/typical-cases/redaction.rules';
import { OUTCOMES_BY_TYPE, TEXT_FIELD_LABELS, type TextField, TYPICAL_OUTCOMES, type TypicalOutcome } from '@dandang/shared/typical-cases/typical-case.codes';
import type { TypicalCaseView } from '@dandang/shared/typical-cases/typical-case.schema';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { typicalCasesApi } from '../hooks/typicalCasesApi';

interface Values {
  title: string;
  sections: TypicalCaseView['sections'];
  tags: { outcome: TypicalOutcome; year: number; keywords: string[] };
}

const valuesOf = (view: TypicalCaseView): Values => ({
  title: view.title,
  sections: { ...view.sections },
  tags: { outcome: view.tags.outcome, year: view.tags.year, keywords: [...view.tags.keywords] },
});

const textsOf = (v: Values): Record<TextField, string> => ({
  title: v.title ?? '',
  'sections.facts': v.sections?.facts ?? '',
  'sections.handling': v.sections?.handling ?? '',
  'sections.analysis': v.sections?.analysis ?? '',
  'tags.keywords': (v.tags?.keywords ?? []).join('、'),
});

type Findings = ReturnType<typeof findIdentifyingIn<TextField>>;

/** Under a field: what in it still identifies the case, red when it stops publishing, orange when it is a warning. */
function FieldFindings({ findings }: { findings: Findings }): ReactNode {
  if (findings.length === 0) return null;
  return (
    <Space size={[8, 0]} wrap>
      {findings.map((f) => (
        <Typography.Text key={`${f.kind}-${f.text}`} type={f.blocking ? 'danger' : 'warning'}>
          {f.blocking ? '须删改' : '请核实'}：{REDACTION_KINDS[f.kind]}“{f.text}”
        </Typography.Text>
      ))}
    </Space>
  );
}

interface Props {
  view: TypicalCaseView;
  onSaved: (view: TypicalCaseView) => void;
  onDirtyChange: (dirty: boolean) => void;
  onReload: () => void;
}

/**
 * The reviewer's editor of a draft: title, 基本案情, 处理结果, 案例评析 and tags. What still identifies the case is found
 * as they type, by the same rule the server applies when publishing, and shown under the field it is in.
 */
export function TypicalCaseEditor({ view, onSaved, onDirtyChange, onReload }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);
  const initial = useMemo(() => valuesOf(view), [view]);
  const watched = (Form.useWatch([], form) as Values | undefined) ?? initial;
  const identifiers = view.manage?.identifiers ?? { people: [], units: [], colleagues: [] };
  const findings = useMemo(() => findIdentifyingIn(textsOf(watched), identifiers), [watched, identifiers]);
  const at = (field: TextField) => findings.filter((f) => f.field === field);
  const blocking = findings.filter((f) => f.blocking);

  const save = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      const saved = await typicalCasesApi.update(view.id, { version: view.version, ...values, tags: { ...values.tags, year: Number(values.tags.year) } });
      message.success('已保存');
      onDirtyChange(false);
      onSaved(saved);
    } catch (error) {
      handleError(error, { form, onReload });
    } finally {
      setBusy(false);
    }
  };

  const section = (key: keyof Values['sections'], rows: number) => (
    <Form.Item
      name={['sections', key]}
      label={TEXT_FIELD_LABELS[`sections.${key}`]}
      extra={<FieldFindings findings={at(`sections.${key}`)} />}
      rules={[{ required: true, whitespace: true, message: `请填写${TEXT_FIELD_LABELS[`sections.${key}`]}` }]}
    >
      <Input.TextArea autoSize={{ minRows: rows, maxRows: 24 }} maxLength={20000} style={{ lineHeight: 1.8 }} />
    </Form.Item>
  );

  return (
    <Card
      title="编辑草稿"
      extra={
        <Button type="primary" loading={busy} onClick={save}>
          保存
        </Button>
      }
    >
      {blocking.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={`还有 ${blocking.length} 处可识别当事人的信息，删改并保存后才能发布`}
          description="每段之间换行分段；姓名写作“姓+某”（张某），单位写作“某局”“某镇政府”等。"
        />
      ) : (
        <Alert type="success" showIcon style={{ marginBottom: 16 }} message="未发现当事人姓名、单位名称、身份证号或手机号。发布前仍请逐字审核。" />
      )}
      <Form<Values> form={form} layout="vertical" initialValues={initial} onValuesChange={() => onDirtyChange(true)}>
        <Form.Item
          name="title"
          label="标题"
          extra={<FieldFindings findings={at('title')} />}
          rules={[{ required: true, whitespace: true, min: 4, message: '请填写标题（至少4个字）' }]}
        >
          <Input maxLength={100} showCount />
        </Form.Item>
        {section('facts', 8)}
        {section('handling', 4)}
        {section('analysis', 6)}
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name={['tags', 'outcome']}
              label="结果标签"
              tooltip="列表按此筛选：容错案例为认定结果，问责案例为最重的问责方式，诬告陷害案例为对诬告者最重的处理"
              rules={[{ required: true, message: '请选择结果标签' }]}
            >
              <Select options={OUTCOMES_BY_TYPE[view.tags.type].map((value) => ({ value, label: TYPICAL_OUTCOMES[value] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={4}>
            <Form.Item name={['tags', 'year']} label="年度" rules={[{ required: true, message: '请填写年度' }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['tags', 'keywords']} label="关键词" extra={<FieldFindings findings={at('tags.keywords')} />}>
              <Select mode="tags" maxCount={8} tokenSeparators={['，', ',', '、']} placeholder="输入后回车，最多 8 个" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
