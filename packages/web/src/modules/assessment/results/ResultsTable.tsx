import { type ActionType, type ProColumns, ProTable } from '@ant-design/pro-components';
import type { CycleView } from '@dandang/shared/assessment/cycle.schema';
import { APPEAL_STATE_LABELS, type ResultView, type ScoreSheetView } from '@dandang/shared/assessment/result.schema';
import { SCHEME_CATEGORY_LABELS } from '@dandang/shared/assessment/scheme.schema';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Tag, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import { pageQuery } from '../../../platform/api/types';
import { usePermission } from '../../../platform/auth/permission';
import { labelledValueEnum } from '../../../platform/forms/options';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { ExportButton } from '../../../platform/ui/ExportButton';
import { ASSESSMENT_KEY, resultApi } from '../hooks/assessmentApi';
import { DecisionModal } from './DecisionModal';
import { GradeModal } from './GradeModal';
import { GradeTag, gradeReasonsText } from './GradeTag';
import { hasRegistrationForm, RegistrationFormLink } from './RegistrationFormLink';
import { ScoreExplanation } from './ScoreExplanation';
import { ScoreModal } from './ScoreModal';
import { isCadreCategory, subjectWords } from './subject-words';

/** 重新计算得分: brings every score up to date after ballots closed or measures were recorded since it was saved. */
function RecomputeButton({ cycleId, onDone }: { cycleId: string; onDone: () => unknown }) {
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const r = await resultApi.recompute(cycleId);
          // A cycle can assess units as well as people: counted as 考核对象, which covers both.
          message.success(`已重新计算 ${r.participants} 个考核对象的得分：${r.changed} 个有变化，${r.incomplete} 个尚不完整`);
          await onDone();
        } catch (error) {
          handleError(error);
        } finally {
          setBusy(false);
        }
      }}
    >
      重新计算得分
    </Button>
  );
}

type Dialog = { kind: 'score' | 'grade' | 'appeal'; result: ResultView } | null;

function ResponseTag({ result }: { result: ResultView }) {
  if (result.appealState) {
    const color = result.appealState === 'OPEN' ? 'orange' : 'default';
    return (
      <Tooltip title={`复核理由：${result.appeal}${result.appealAnswer ? `\n答复：${result.appealAnswer}` : ''}`}>
        <Tag color={color}>申请复核·{APPEAL_STATE_LABELS[result.appealState]}</Tag>
      </Tooltip>
    );
  }
  // A unit or a leadership team has nobody to confirm its result: there is nothing to wait for.
  if (!result.cadreId) return <Typography.Text type="secondary">—</Typography.Text>;
  return result.confirmedAt ? <Tag color="green">已确认</Tag> : <Typography.Text type="secondary">未确认</Typography.Text>;
}

/**
 * A cycle's results within the reader's scope: score (click for its parts), rank, grade (hover for why), and the
 * cadre's confirmation; with the work of the current stage: 评分 while open or scoring, 调整等次 while grading or in
 * the notice, 答复复核 for a pending request, each cadre's 登记表 once an annual cycle is noticed, and the payout sheet
 * once it is published.
 */
export function ResultsTable({ cycle, sheets }: { cycle: CycleView; sheets: Map<string, ScoreSheetView> }) {
  const handleError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const actionRef = useRef<ActionType>(null);
  const canScore = Boolean(usePermission('assessment.score'));
  const canGrade = Boolean(usePermission('assessment.grade'));
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const reload = () => {
    actionRef.current?.reload();
    return queryClient.invalidateQueries({ queryKey: [ASSESSMENT_KEY] });
  };
  const saved = () => {
    close();
    return reload();
  };
  const scoring = cycle.state === 'OPEN' || cycle.state === 'SCORING';
  const grading = cycle.state === 'GRADING' || cycle.state === 'NOTICE';
  const graded = !['DRAFT', 'OPEN', 'SCORING'].includes(cycle.state);

  const columns: ProColumns<ResultView>[] = [
    {
      title: '类别',
      dataIndex: 'category',
      valueType: 'select',
      width: 96,
      valueEnum: labelledValueEnum(
        cycle.schemes.map((s) => s.category),
        SCHEME_CATEGORY_LABELS,
      ),
    },
    // Unit and post share what the fixed columns leave; a name cut short shows whole on hover.
    { title: '单位', dataIndex: 'unitName', search: false, ellipsis: true },
    // A unit or a leadership team is named in the unit's column already; here it says which of the two is assessed.
    {
      title: cycle.schemes.every((s) => isCadreCategory(s.category)) ? '姓名' : '姓名/对象',
      dataIndex: 'name',
      search: false,
      width: 96,
      render: (_, r) => {
        const self = subjectWords(r.category).self;
        return self ? <Typography.Text type="secondary">{self}</Typography.Text> : r.name;
      },
    },
    { title: '职务', dataIndex: 'post', search: false, ellipsis: true, render: (_, r) => r.post || '—' },
    { title: '得分', dataIndex: 'final', search: false, width: 90, render: (_, r) => <ScoreExplanation result={r} /> },
    ...(graded
      ? ([
          { title: '排名', dataIndex: 'rank', search: false, width: 64, render: (_, r) => r.rank ?? '—' },
          {
            title: '等次',
            dataIndex: 'grade',
            search: false,
            width: 156,
            render: (_, r) => (
              <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{gradeReasonsText(r)}</span>}>
                <span>
                  <GradeTag result={r} />
                  {r.openObjections > 0 && <Tag color="orange">反映待核实</Tag>}
                </span>
              </Tooltip>
            ),
          },
          { title: '本人', key: 'response', search: false, width: 104, render: (_, r) => <ResponseTag result={r} /> },
        ] satisfies ProColumns<ResultView>[])
      : []),
    {
      title: '操作',
      key: 'actions',
      search: false,
      // Scoring offers one link; grading and the notice up to three (调整等次, 答复复核, 登记表), wrapped when all show.
      width: graded ? 150 : 90,
      render: (_, r) => (
        <Space wrap size={[8, 0]}>
          {canScore && scoring && sheets.has(r.category) && <Typography.Link onClick={() => setDialog({ kind: 'score', result: r })}>评分</Typography.Link>}
          {canGrade && grading && r.gradeStatus && <Typography.Link onClick={() => setDialog({ kind: 'grade', result: r })}>调整等次</Typography.Link>}
          {canGrade && cycle.state === 'NOTICE' && r.appealState === 'OPEN' && (
            <Typography.Link onClick={() => setDialog({ kind: 'appeal', result: r })}>答复复核</Typography.Link>
          )}
          {hasRegistrationForm(cycle, r) && <RegistrationFormLink cycleName={cycle.name} result={r} />}
        </Space>
      ),
    },
  ];

  const sheet = dialog ? sheets.get(dialog.result.category) : undefined;
  return (
    <>
      <ProTable<ResultView, { category?: string; stage?: string }>
        rowKey="participantId"
        headerTitle={graded ? '考核结果' : '考核对象与评分'}
        actionRef={actionRef}
        columns={columns}
        // A new stage brings new columns and new figures (grades, ranks): the list is fetched again.
        params={{ stage: cycle.state }}
        search={{ labelWidth: 'auto', filterType: 'light' }}
        options={false}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        request={async (params) => {
          const page = await resultApi.list(cycle.id, { category: params.category, ...pageQuery(params) });
          return { data: page.items, total: page.total, success: true };
        }}
        onRequestError={(error) => handleError(error)}
        toolBarRender={() => [
          canGrade && scoring && <RecomputeButton key="recompute" cycleId={cycle.id} onDone={reload} />,
          graded && <ExportButton key="report" label="导出上报表" run={() => resultApi.report(cycle.id, cycle.name)} />,
          hasRegistrationForm(cycle, { cadreId: '' }) && (
            <ExportButton key="registrations" label="批量导出登记表" run={() => resultApi.registrations(cycle.id, cycle.name)} />
          ),
          cycle.state === 'PUBLISHED' && cycle.kind === 'ANNUAL' && (
            <ExportButton key="payout" label="导出绩效奖金发放表" run={() => resultApi.payout(cycle.id, cycle.name)} />
          ),
        ]}
      />
      {dialog?.kind === 'score' && sheet && <ScoreModal sheet={sheet} result={dialog.result} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'grade' && sheet && <GradeModal result={dialog.result} grades={sheet.grades} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'appeal' && (
        <DecisionModal
          title={`答复复核申请：${dialog.result.name}`}
          context={<Typography.Paragraph>复核理由：{dialog.result.appeal}</Typography.Paragraph>}
          yes="成立"
          no="不成立"
          textLabel="复核意见"
          done="已答复复核申请"
          decide={(upheld, answer) => resultApi.answerAppeal(dialog.result.participantId, { version: dialog.result.version, upheld, answer })}
          onClose={close}
          onSaved={saved}
        />
      )}
    </>
  );
}
