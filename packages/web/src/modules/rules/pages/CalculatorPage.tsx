import { Grid, Select, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { annualGradeForm } from '../components/AnnualGradeForm';
import { clarificationForm } from '../components/ClarificationForm';
import { gradeConsequencesForm } from '../components/GradeConsequencesForm';
import { promotionForm } from '../components/PromotionForm';
import { quotaForm } from '../components/QuotaForm';
import { RuleCalculator } from '../components/RuleCalculator';
import { toleranceForm } from '../components/ToleranceForm';
import { workdaysForm } from '../components/WorkdaysForm';
import type { RuleName } from '../rules.types';
import { isCalculatorRule, RULE_ORDER, RULE_TITLES } from '../rules-labels';

// One element per rule, each with its own spec type; built once, so a tab keeps its form and answer when left.
const PANES: Record<RuleName, ReactNode> = {
  workdays: <RuleCalculator spec={workdaysForm} />,
  promotion: <RuleCalculator spec={promotionForm} />,
  'annual-grade': <RuleCalculator spec={annualGradeForm} />,
  quota: <RuleCalculator spec={quotaForm} />,
  tolerance: <RuleCalculator spec={toleranceForm} />,
  clarification: <RuleCalculator spec={clarificationForm} />,
  'grade-consequences': <RuleCalculator spec={gradeConsequencesForm} />,
};

/**
 * 政策计算器: every rule of the system, answered by the server with the policy in force and the working-day calendar,
 * so what a person checks here is what a case will be held to. `?rule=promotion` opens one rule directly.
 */
export function CalculatorPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('rule');
  const active: RuleName = isCalculatorRule(requested) ? requested : 'workdays';
  const pick = (rule: string) => setParams({ rule }, { replace: true });
  // Seven tabs do not fit a phone, and a tab strip that hides five of them behind "…" is easy to miss: below md the
  // same choice is one full-width Select.
  const narrow = !Grid.useBreakpoint().md;
  const picker = () => (
    <Select
      aria-label="选择规则"
      prefix="规则："
      value={active}
      onChange={pick}
      options={RULE_ORDER.map((rule) => ({ value: rule, label: RULE_TITLES[rule] }))}
      style={{ width: '100%', marginBottom: 16 }}
      size="large"
    />
  );
  return (
    <Page content="按现行政策版本和工作日历计算，与系统办理业务时适用的规则一致；结果附每一项依据的条款。">
      <Tabs
        activeKey={active}
        onChange={pick}
        renderTabBar={narrow ? picker : undefined}
        items={RULE_ORDER.map((rule) => ({ key: rule, label: RULE_TITLES[rule], children: PANES[rule] }))}
      />
    </Page>
  );
}
