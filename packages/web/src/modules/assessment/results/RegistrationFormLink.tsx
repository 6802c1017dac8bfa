import type { CycleKind } from '@dandang/shared/assessment/cycle.schema';
import type { CycleState } from '@dandang/shared/assessment/cycle.states';
import type { ResultView } from '@dandang/shared/assessment/result.schema';
import { Typography } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { resultApi } from '../hooks/assessmentApi';

/** A cadre's 年度考核登记表 exists once an annual cycle's grades are noticed (the server says the same, with 409). */
export const hasRegistrationForm = (cycle: { kind: CycleKind; state: CycleState }, result: Pick<ResultView, 'cadreId'>) =>
  cycle.kind === 'ANNUAL' && (cycle.state === 'NOTICE' || cycle.state === 'PUBLISHED') && result.cadreId !== null;

/** Downloads one cadre's 年度考核登记表 (Word). */
export function RegistrationFormLink({ cycleName, result, label = '登记表' }: { cycleName: string; result: ResultView; label?: string }) {
  const handleError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);
  return (
    <Typography.Link
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await resultApi.registration(result.participantId, `${cycleName}-${result.name}-年度考核登记表.docx`);
        } catch (error) {
          handleError(error);
        } finally {
          setBusy(false);
        }
      }}
    >
      {label}
    </Typography.Link>
  );
}
