import { SUBJECT_KIND_LABELS } from '@dandang/shared/accountability/forms';
import { Card, Descriptions } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { CasePanel } from '../../cases/components/CasePanel';
import { CasePending } from '../../cases/components/CasePending';
import { useCaseData } from '../../cases/hooks/useCaseData';
import { AccountabilityDecisionCard } from '../components/AccountabilityDecisionCard';
import { AppealsCard } from '../components/AppealsCard';
import { ProposalsCard } from '../components/ProposalsCard';
import { accountabilityStepFields } from '../components/step-fields';
import { ACCOUNTABILITY_KEY, accountabilityApi } from '../hooks/accountabilityApi';

const CARRIED = ['LIGHTER', 'REDUCED'];

/** One accountability case: the matter and subject, the bodies' proposals, the decision with its measures, appeals. */
export function AccountabilityCasePage() {
  const { id = '' } = useParams();
  const { own: a, detail: d, failed, refresh } = useCaseData(id, [ACCOUNTABILITY_KEY, 'case'], () => accountabilityApi.get(id));
  if (failed || !a || !d) return <CasePending failed={failed} />;
  const carried = a.tolerance && CARRIED.includes(a.tolerance.decision) ? a.tolerance.decision : null;
  return (
    <Page title={`问责案件 ${a.case.number}`}>
      <CasePanel detail={d} onChange={refresh} fieldsFor={accountabilityStepFields(a.subject.kind, carried)}>
        <Card size="small">
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label="问责事项">
              <Link to={`/accountability/matters/${a.matter.id}`}>{a.matter.title}</Link>（{a.matter.occurredOn}）
            </Descriptions.Item>
            <Descriptions.Item label="问责对象">{`${SUBJECT_KIND_LABELS[a.subject.kind]}：${a.subject.name}（${a.subject.unitName}）`}</Descriptions.Item>
          </Descriptions>
        </Card>
        <ProposalsCard detail={a} />
        <AccountabilityDecisionCard detail={a} />
        <AppealsCard detail={a} onChange={refresh} />
      </CasePanel>
    </Page>
  );
}
