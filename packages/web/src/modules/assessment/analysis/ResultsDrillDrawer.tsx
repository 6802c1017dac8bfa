import type { SchemeCategory } from '@dandang/shared/assessment/scheme.schema';
import { useQuery } from '@tanstack/react-query';
import { Drawer, Table } from 'antd';
import { useState } from 'react';
import { ASSESSMENT_KEY, resultApi } from '../hooks/assessmentApi';
import { scoreText } from '../results/score-text';
import { isCadreCategory, subjectWords } from '../results/subject-words';

/** What a clicked figure stands for: a unit's grade, or a score band. */
export interface Drill {
  title: string;
  unitId?: string;
  grade?: string;
  scoreFrom?: number;
  scoreTo?: number;
}

/** The people or units behind one number of the dashboard, read from the results list with the same filters. */
export function ResultsDrillDrawer({ cycleId, category, drill, onClose }: { cycleId: string; category: SchemeCategory; drill: Drill; onClose: () => void }) {
  const [page, setPage] = useState(1);
  const cadres = isCadreCategory(category);
  const list = useQuery({
    queryKey: [ASSESSMENT_KEY, 'drill', cycleId, category, drill, page],
    queryFn: () =>
      resultApi.list(cycleId, { category, unitId: drill.unitId, grade: drill.grade, scoreFrom: drill.scoreFrom, scoreTo: drill.scoreTo, page, pageSize: 20 }),
  });
  return (
    <Drawer open width={640} title={drill.title} onClose={onClose}>
      <Table
        rowKey="participantId"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => `共 ${n} ${subjectWords(category).measure}`,
        }}
        columns={[
          // A unit or a team is its own name: one column says it; a person's unit has a column of its own.
          ...(cadres ? [{ title: '姓名', dataIndex: 'name' }] : []),
          { title: cadres ? '所在单位' : '单位', dataIndex: 'unitName', ellipsis: true },
          { title: '得分', dataIndex: 'final', width: 80, render: (v: number | null) => (v === null ? '—' : scoreText(v)) },
          { title: '等次', dataIndex: 'gradeLabel', width: 90, render: (v: string | null) => v ?? '—' },
        ]}
      />
    </Drawer>
  );
}
