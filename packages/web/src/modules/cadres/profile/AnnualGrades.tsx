import { ModalForm, ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import { ANNUAL_GRADE_ENTRIES, ANNUAL_GRADE_ENTRY_LABELS } from '@dandang/shared/cadres/annual-grade-entry.rules';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { T } from '../../../i18n/zh-CN';
import { formModalProps } from '../../../platform/forms/form-modal';
import { labelledOptions } from '../../../platform/forms/options';
import { useModalSubmit } from '../../../platform/forms/useModalSubmit';
import { measureKeys } from '../measures/measureApi';
import { type AnnualGradeEntry, type AnnualGradeRecord, gradeKeys, profileApi } from './profileApi';

const GRADE_COLORS: Partial<Record<AnnualGradeEntry, string>> = { EXCELLENT: 'green', COMPETENT: 'blue', BASIC: 'orange', INCOMPETENT: 'red' };
const GRADE_OPTIONS = labelledOptions(ANNUAL_GRADE_ENTRIES, ANNUAL_GRADE_ENTRY_LABELS);

type Values = { year: number; grade: AnnualGradeEntry; note?: string };

/** Enters a year's grade, or corrects it with the version read; a grade the year's measures forbid is refused with why. */
function GradeModal({
  cadreId,
  grades,
  editing,
  onClose,
  onSaved,
}: {
  cadreId: string;
  grades: AnnualGradeRecord[];
  editing?: AnnualGradeRecord;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const submit = useModalSubmit(form);
  const thisYear = dayjs().year();
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i).map((year) => ({ value: year, label: `${year} 年度` }));
  return (
    <ModalForm<Values>
      title={editing ? `更正 ${editing.year} 年度考核等次` : '登记年度考核等次'}
      form={form}
      name="annualGrade"
      open
      width={480}
      initialValues={editing ? { year: editing.year, grade: editing.grade, note: editing.note } : { year: thisYear - 1 }}
      modalProps={formModalProps(onClose)}
      submitter={{ searchConfig: { submitText: T.save } }}
      onFinish={({ year, grade, note }) => {
        // The version of the year's entry as this page read it; none when the year had no entry yet.
        const version = grades.find((g) => g.year === year)?.version;
        return submit(() => profileApi.putGrade(cadreId, year, { grade, note: note ?? '', version }), { done: T.saved, onDone: onSaved, onReload: onSaved });
      }}
    >
      <ProFormSelect name="year" label="年度" options={years} disabled={Boolean(editing)} rules={[{ required: true, message: '请选择年度' }]} />
      <ProFormSelect name="grade" label="等次" options={GRADE_OPTIONS} rules={[{ required: true, message: '请选择等次' }]} />
      <ProFormTextArea name="note" label="备注" fieldProps={{ maxLength: 500, rows: 2 }} />
    </ModalForm>
  );
}

/** 年度考核: the cadre's grades, latest first; grade.write holders enter and correct them. */
export function AnnualGrades({ cadreId, canWrite }: { cadreId: string; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<AnnualGradeRecord | 'new' | null>(null);
  const { data, isPending } = useQuery({ queryKey: gradeKeys.list(cadreId), queryFn: () => profileApi.grades(cadreId) });
  const saved = () => {
    setEditing(null);
    for (const key of [gradeKeys.list(cadreId), measureKeys.impact(cadreId), measureKeys.timeline(cadreId)])
      void queryClient.invalidateQueries({ queryKey: key });
  };
  return (
    <section aria-label="年度考核等次">
      <Table<AnnualGradeRecord>
        rowKey="id"
        size="small"
        loading={isPending}
        dataSource={data ?? []}
        pagination={false}
        locale={{ emptyText: '暂无年度考核等次' }}
        columns={[
          { title: '年度', dataIndex: 'year', width: 80 },
          { title: '等次', width: 110, render: (_, g) => <Tag color={GRADE_COLORS[g.grade]}>{ANNUAL_GRADE_ENTRY_LABELS[g.grade]}</Tag> },
          { title: '备注', dataIndex: 'note', ellipsis: true, render: (_, g) => g.note || <Typography.Text type="secondary">—</Typography.Text> },
          ...(canWrite
            ? [
                {
                  title: T.actions,
                  width: 70,
                  render: (_: unknown, g: AnnualGradeRecord) => <Typography.Link onClick={() => setEditing(g)}>更正</Typography.Link>,
                },
              ]
            : []),
        ]}
      />
      {canWrite && (
        <Button type="dashed" block style={{ marginTop: 8 }} onClick={() => setEditing('new')}>
          登记等次
        </Button>
      )}
      {editing && (
        <GradeModal cadreId={cadreId} grades={data ?? []} editing={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} onSaved={saved} />
      )}
    </section>
  );
}
