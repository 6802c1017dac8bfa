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

const CHECKLIST_STATES = ['INVESTIGATING', 'DECIDING'];
const CORRECTION_STATES = ['FILING', 'CORRECTING'];
const LINKABLE_STATES = ['SUBMITTED', 'INVESTIGATING', 'DECIDING'];

/** One tolerance case: the application, the facts checklist with the live recommendation, the decision, the correction plan. */
export function ToleranceCasePage() {
  const { id = '' } = useParams();
  const handles = usePermission('tolerance.handle') !== undefined;
  const { own: t, detail: d, failed, refresh } = useCaseData(id, [TOLERANCE_KEY], () => toleranceApi.get(id));
  if (failed || !t || !d) return <CasePending failed={failed} />;
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
