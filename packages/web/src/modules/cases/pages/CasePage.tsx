import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Result, Skeleton } from 'antd';
import { useParams } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { CasePanel } from '../components/CasePanel';
import { CASES_KEY, caseApi } from '../hooks/casesApi';

/** Any case by id, as the engine shows it: reached from the due lists and from linked cases. */
export function CasePage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const detail = useQuery({ queryKey: [CASES_KEY, id], queryFn: () => caseApi.detail(id) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: [CASES_KEY] });
  if (detail.isError) {
    return (
      <Page>
        <Result status="404" title="案件不存在或无权查看" />
      </Page>
    );
  }
  return (
    <Page title={detail.data ? `${detail.data.case.typeLabel}案件 ${detail.data.case.number}` : '案件'}>
      {detail.data ? <CasePanel detail={detail.data} onChange={refresh} /> : <Skeleton active />}
    </Page>
  );
}
