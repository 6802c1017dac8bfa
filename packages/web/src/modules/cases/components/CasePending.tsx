import { Result, Skeleton } from 'antd';
import { Page } from '../../../layout/Page';

/** What a case page shows until both its readings are in: a skeleton, or the 404 for a case out of reach. */
export function CasePending({ failed, missing = '案件不存在或无权查看' }: { failed: boolean; missing?: string }) {
  return <Page>{failed ? <Result status="404" title={missing} /> : <Skeleton active />}</Page>;
}
