import { CORRECTION_ADD_STATES, FACTS_STATES, LINKABLE_STATES, type ToleranceState } from '@dandang/shared/tolerance/tolerance.states';
import { useParams } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { CasePanel } from '../../cases/components/CasePanel';
import { CasePending } from '../../cases/components/CasePending';
import { useCaseData } from '../../cases/hooks/useCaseData';
import { ApplicationCard } from '../components/ApplicationCard';
import { CorrectionsCard } from '../components/CorrectionsCard';
import { DecisionCard } from '../components/DecisionCard';
import { FactsChecklist } from '../components/FactsChecklist';
import { toleranceStepFields } from '../components/step-fields';
import { TOLERANCE_KEY, toleranceApi } from '../hooks/toleranceApi';

/** One tolerance case: the application, the facts checklist with the live recommendation, the decision, the correction plan. */
export function ToleranceCasePage() {
  const { id = '' } = useParams();
  const handles = usePermission('tolerance.handle') !== undefined;
  const { own: t, detail: d, failed, refresh } = useCaseData(id, [TOLERANCE_KEY], () => toleranceApi.get(id));
  if (failed || !t || !d) return <CasePending failed={failed} />;
  const state = t.case.state as ToleranceState;
  const working = handles && d.canWork;
  return (
    <Page title={`容错纠错 ${t.case.number}`}>
      <CasePanel detail={d} onChange={refresh} fieldsFor={toleranceStepFields(t.recommendation)}>
        <ApplicationCard detail={t} canLink={working && LINKABLE_STATES.includes(state)} onChange={refresh} />
        <FactsChecklist key={t.version} detail={t} editable={working && FACTS_STATES.includes(state)} onSaved={refresh} />
        <DecisionCard detail={t} />
        <CorrectionsCard detail={t} editable={working && CORRECTION_ADD_STATES.includes(state)} onChange={refresh} />
      </CasePanel>
    </Page>
  );
}
