import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Descriptions, Divider, Drawer, Grid, Skeleton } from 'antd';
import { usePermission } from '../../../platform/auth/permission';
import { useDictionary } from '../../dictionaries';
import type { Cadre } from '../cadres.types';
import { cadreApi } from '../hooks/cadreApi';
import { CadreEditForm } from './CadreEditForm';

interface Props {
  cadreId: string | null;
  onClose: () => void;
  onChanged: () => void;
}

/** A cadre's record beside the list, with the edit form for users holding cadre.write. */
export function CadreDrawer({ cadreId, onClose, onChanged }: Props) {
  const queryClient = useQueryClient();
  const canWrite = Boolean(usePermission('cadre.write'));
  const screens = Grid.useBreakpoint();
  const gender = useDictionary('gender');
  const ethnicity = useDictionary('ethnicity');
  const education = useDictionary('education');
  const political = useDictionary('political_status');
  const ranks = useDictionary('rank_level');
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
    <Drawer open={cadreId !== null} onClose={onClose} title={cadre ? `干部信息：${cadre.name}` : '干部信息'} width={screens.md ? 560 : '100%'} destroyOnHidden>
      {error ? (
        <Alert type="error" showIcon message={(error as Error).message} />
      ) : isPending || !cadre ? (
        <Skeleton active />
      ) : (
        <>
          <Descriptions column={screens.sm ? 2 : 1} size="small" bordered styles={{ label: { width: 96 } }}>
            <Descriptions.Item label="姓名">{cadre.name}</Descriptions.Item>
            <Descriptions.Item label="性别">{gender.label(cadre.gender)}</Descriptions.Item>
            <Descriptions.Item label="出生日期">{cadre.birthDate}</Descriptions.Item>
            <Descriptions.Item label="民族">{ethnicity.label(cadre.ethnicity)}</Descriptions.Item>
            <Descriptions.Item label="学历">{education.label(cadre.education)}</Descriptions.Item>
            <Descriptions.Item label="政治面貌">{political.label(cadre.politicalStatus)}</Descriptions.Item>
            <Descriptions.Item label="所在单位" span={2}>
              {cadre.unitName}
            </Descriptions.Item>
            <Descriptions.Item label="现任职务">{cadre.post || '—'}</Descriptions.Item>
            <Descriptions.Item label="职务职级">{ranks.label(cadre.rank) || '—'}</Descriptions.Item>
            <Descriptions.Item label="联系电话" span={2}>
              {cadre.phone || '—'}
            </Descriptions.Item>
          </Descriptions>
          {canWrite && (
            <>
              <Divider orientation="left">修改任职信息</Divider>
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
