import { Card, Descriptions, Tooltip } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { CasePanel } from '../../cases/components/CasePanel';
import { CasePending } from '../../cases/components/CasePending';
import { useCaseData } from '../../cases/hooks/useCaseData';
import { accountabilityStepFields } from '../components/step-fields';
import { ACCOUNTABILITY_KEY, adjustmentApi } from '../hooks/accountabilityApi';

/** One clue: the situation and what was found, then the adjustment and the measure it wrote. */
export function AdjustmentPage() {
  const { id = '' } = useParams();
  const { own: a, detail: d, failed, refresh } = useCaseData(id, [ACCOUNTABILITY_KEY, 'adjustment'], () => adjustmentApi.get(id));
  if (failed || !a || !d) return <CasePending failed={failed} missing="线索不存在或无权查看" />;
  return (
    <Page title={`能上能下 ${a.case.number}`}>
      <CasePanel detail={d} onChange={refresh} fieldsFor={accountabilityStepFields('CADRE', null)}>
        <Card title="线索" size="small">
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label="情形" span={2}>
              {a.situationLabel}
            </Descriptions.Item>
            <Descriptions.Item label="来源">{a.followUp ? `${a.followUp.year}年度考核结果运用` : a.source}</Descriptions.Item>
            <Descriptions.Item label="干部">
              <Link to={`/cadres/${a.cadreId}`}>{a.case.subjectName}</Link>
            </Descriptions.Item>
            <Descriptions.Item label="线索内容" span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{a.clue}</span>
            </Descriptions.Item>
            {a.adjustment && (
              <Descriptions.Item label="调整决定" span={2}>
                <Tooltip title={a.adjustment.reasons.map((r) => r.text).join('；')}>
                  {`${a.adjustment.label}（${a.adjustment.decidedOn} ${a.adjustment.documentNo}），已登记为处理处分措施`}
                </Tooltip>
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      </CasePanel>
    </Page>
  );
}
