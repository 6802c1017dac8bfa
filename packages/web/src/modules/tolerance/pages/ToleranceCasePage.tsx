import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Result, Skeleton } from 'antd';
import { useParams } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { CasePanel } from '../../cases/components/CasePanel';
import { CASES_KEY, caseApi } from '../../cases/hooks/casesApi';
import { ApplicationCard } from '../components/ApplicationCard';
import { CorrectionsCard } from '../components/CorrectionsCard';
import { DecisionCard } from '../components/DecisionCard';
import { FactsChecklist } from '../components/FactsChecklist';
import { toleranceStepFields } from '../components/step-fields';
import { TOLERANCE_KEY, toleranceApi } from '../hooks/toleranceApi';

const CHECKLIST_STATES = ['INVESTIGATING', 'DECIDING'];
const CORRECTION_STATES = ['FILING', 'CORRECTING'];
const LINKABLE_STATES = ['SUBMITTED', 'INVESTIGATING', 'DECIDING'];

/** One tolerance case: the application, the facts checklist with the live recommendation, the decision, the correction plan. */
export function ToleranceCasePage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const handles = usePermission('tolerance.handle') !== undefined;
  const tolerance = useQuery({ queryKey: [TOLERANCE_KEY, id], queryFn: () => toleranceApi.get(id) });
  const detail = useQuery({ queryKey: [CASES_KEY, id], queryFn: () => caseApi.detail(id) });
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: [TOLERANCE_KEY] }), queryClient.invalidateQueries({ queryKey: [CASES_KEY] })]);

  if (tolerance.isError || detail.isError) {
    return (
      <Page>
        <Result status="404" title="案件不存在或无权查看" />
      </Page>
    );
  }
  const t = tolerance.data;
  const d = detail.data;
  if (!t || !d) {
    return (
      <Page>
        <Skeleton active />
      </Page>
    );
  }
  const state = t.case.state;
  const working = handles && d.canWork;
  return (
    <Page title={`容错纠错 ${t.case.number}`}>
      <CasePanel detail={d} onChange={refresh} fieldsFor={toleranceStepFields(t.recommendation)}>
        <ApplicationCard detail={t} canLink={working && LINKABLE_STATES.includes(state)} onChange={refresh} />
        <FactsChecklist key={t.version} detail={t} editable={working && CHECKLIST_STATES.includes(state)} onSaved={refresh} />
        <DecisionCard detail={t} />
        <CorrectionsCard detail={t} editable={working && CORRECTION_STATES.includes(state)} onChange={refresh} />
      </CasePanel>
    </Page>
  );
}
