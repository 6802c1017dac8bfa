import { type ComplaintConclusion, FALSE_REPORT_CONCLUSIONS, mayBeCleared } from '@dandang/shared/rules/clarification.rules';
import { Card, Space } from 'antd';
import { useParams } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { CasePanel } from '../../cases/components/CasePanel';
import { CasePending } from '../../cases/components/CasePending';
import { useCaseData } from '../../cases/hooks/useCaseData';
import { ClarificationCard } from '../components/ClarificationCard';
import { ComplaintCard } from '../components/ComplaintCard';
import { CorrectedMeasuresCard } from '../components/CorrectedMeasuresCard';
import { FalseAccusationCard } from '../components/FalseAccusationCard';
import { ProposeClarificationButton } from '../components/ProposeClarificationButton';
import { complaintStepFields } from '../components/step-fields';
import { VerificationNotes } from '../components/VerificationNotes';
import { COMPLAINTS_KEY, complaintsApi } from '../hooks/complaintsApi';

/**
 * One complaint: what was reported and about whom, the verification, the conclusion, then what follows from a false
 * report (澄清正名 for each accused cadre, correcting wrong measures, dealing with the false accuser).
 */
export function ComplaintPage() {
  const { id = '' } = useParams();
  const handles = usePermission('complaint.handle') !== undefined;
  const approves = usePermission('clarification.approve') !== undefined;
  const writesMeasures = usePermission('measure.write') !== undefined;
  const { own: c, detail: d, failed, refresh } = useCaseData(id, [COMPLAINTS_KEY], () => complaintsApi.get(id));
  if (failed || !c || !d) return <CasePending failed={failed} missing="检举控告不存在或无权查看" />;
  const working = handles && d.canWork;
  const concluded = c.conclusion?.code;
  return (
    <Page title={`检举控告 ${c.case.number}`}>
      <CasePanel detail={d} onChange={refresh} fieldsFor={complaintStepFields}>
        <ComplaintCard detail={c} canAssign={working && !c.case.closed} onChange={refresh} />
        <VerificationNotes detail={c} editable={working && c.case.state === 'VERIFYING'} onChange={refresh} />
        {mayBeCleared(concluded) && (c.clarifications.length > 0 || working) && (
          <Card title="澄清正名" size="small" extra={working && <ProposeClarificationButton detail={c} onDone={refresh} />}>
            <Space direction="vertical" style={{ width: '100%' }}>
              {c.clarifications.length === 0 && '经核查失实的，征得本人同意后，可为受到不实举报影响的干部澄清正名。'}
              {c.clarifications.map((x) => (
                <ClarificationCard
                  key={x.cadreId}
                  complaint={c}
                  clarification={x}
                  attachments={d.attachments}
                  handles={working}
                  approves={approves}
                  onChange={refresh}
                />
              ))}
            </Space>
          </Card>
        )}
        {FALSE_REPORT_CONCLUSIONS.includes(concluded as ComplaintConclusion) && (
          <CorrectedMeasuresCard detail={c} canCorrect={working && writesMeasures} onChange={refresh} />
        )}
        <FalseAccusationCard detail={c} editable={working} onChange={refresh} />
      </CasePanel>
    </Page>
  );
}
