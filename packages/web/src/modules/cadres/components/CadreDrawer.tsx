import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Divider, Drawer, Grid, Skeleton } from 'antd';
import { Link } from 'react-router-dom';
import { usePermission } from '../../../platform/auth/permission';
import { CadreVisitsSection } from '../../visits';
import type { Cadre } from '../cadres.types';
import { cadreApi } from '../hooks/cadreApi';
import { SupervisionRecords } from '../supervision';
import { CadreEditForm } from './CadreEditForm';
import { CadrePosts } from './CadrePosts';
import { CadreProfile } from './CadreProfile';

interface Props {
  cadreId: string | null;
  onClose: () => void;
  onChanged: () => void;
}

/** A cadre's record beside the list: the profile, the posts history, and the edit form for users holding cadre.write. */
export function CadreDrawer({ cadreId, onClose, onChanged }: Props) {
  const queryClient = useQueryClient();
  const canWrite = Boolean(usePermission('cadre.write'));
  const canReadSupervision = Boolean(usePermission('supervision.read'));
  const canReadVisits = Boolean(usePermission('visit.read'));
  const screens = Grid.useBreakpoint();
  const queryKey = ['cadres', 'detail', cadreId];
  const {
    data: cadre,
    error,
    isPending,
    refetch,
  } = useQuery({
    queryKey,
    queryFn: () => cadreApi.get(cadreId as string),
    enabled: cadreId !== null,
  });

  return (
    <Drawer
      open={cadreId !== null}
      onClose={onClose}
      title={cadre ? `干部信息：${cadre.name}` : '干部信息'}
      extra={cadre && <Link to={`/cadres/${cadre.id}`}>查看完整档案</Link>}
      width={screens.md ? 720 : '100%'}
      destroyOnHidden
    >
      {error ? (
        <Alert type="error" showIcon message={(error as Error).message} />
      ) : isPending || !cadre ? (
        <Skeleton active />
      ) : (
        <>
          <CadreProfile key={`${cadre.id}:${cadre.version}`} cadre={cadre} />
          <Divider orientation="left">任职经历</Divider>
          <CadrePosts cadreId={cadre.id} canWrite={canWrite} />
          {canReadSupervision && (
            <>
              <Divider orientation="left">监督记录</Divider>
              <SupervisionRecords cadreId={cadre.id} />
            </>
          )}
          {canReadVisits && (
            <>
              <Divider orientation="left">回访教育</Divider>
              <CadreVisitsSection cadreId={cadre.id} />
            </>
          )}
          {canWrite && (
            <>
              <Divider orientation="left">修改干部信息</Divider>
              <CadreEditForm
                key={`${cadre.id}:${cadre.version}`}
                cadre={cadre}
                onReload={refetch}
                onSaved={(saved: Cadre) => {
                  queryClient.setQueryData(queryKey, saved);
                  onChanged();
                }}
              />
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
