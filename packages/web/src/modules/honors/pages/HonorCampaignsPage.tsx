import { PlusOutlined } from '@ant-design/icons';
import { type ProColumns, ProTable } from '@ant-design/pro-components';
import { HONOR_KINDS } from '@dandang/shared/honors/honor.codes';
import type { CampaignView } from '@dandang/shared/honors/honor.schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { CreateCampaignModal } from '../components/CreateCampaignModal';
import { CampaignStateTag } from '../components/labels';
import { HONORS_KEY, honorKeys, honorsApi } from '../hooks/honorsApi';

/** 评先评优: the campaigns of the county, newest year first; the organization department starts new ones. */
export function HonorCampaignsPage() {
  const canManage = Boolean(usePermission('honor.manage'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const { data, error, isPending } = useQuery({ queryKey: honorKeys.campaigns(), queryFn: honorsApi.campaigns });

  const columns: ProColumns<CampaignView>[] = [
    { title: '评选活动', dataIndex: 'title', render: (_, c) => <Link to={`/honors/${c.id}`}>{c.title}</Link> },
    { title: '荣誉类别', dataIndex: 'kind', width: 140, render: (_, c) => HONOR_KINDS[c.kind] },
    { title: '年度', dataIndex: 'year', width: 80 },
    { title: '状态', dataIndex: 'state', width: 100, render: (_, c) => <CampaignStateTag state={c.state} /> },
    { title: '推荐截止', dataIndex: 'nominationEndsOn', width: 120 },
    { title: '公示期', width: 220, render: (_, c) => (c.noticeStartsOn ? `${c.noticeStartsOn} 至 ${c.noticeEndsOn}` : '—') },
    { title: '发布日期', dataIndex: 'publishedOn', width: 120, render: (_, c) => c.publishedOn ?? '—' },
  ];

  return (
    <Page content="担当实干好干部、先进典型评选：单位按名额推荐，资格审查，审核，公示（公示期内可实名或匿名提出异议），发布后荣誉记入干部档案并作为考核加分项。">
      {error && <Alert type="error" showIcon message={(error as Error).message} style={{ marginBottom: 16 }} />}
      <ProTable<CampaignView>
        rowKey="id"
        columns={columns}
        dataSource={data ?? []}
        loading={isPending}
        search={false}
        options={false}
        pagination={false}
        headerTitle="评选活动"
        toolBarRender={() =>
          canManage
            ? [
                <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  发起评选
                </Button>,
              ]
            : []
        }
      />
      {creating && (
        <CreateCampaignModal
          onClose={() => setCreating(false)}
          onDone={(id) => {
            setCreating(false);
            void queryClient.invalidateQueries({ queryKey: [HONORS_KEY] });
            navigate(`/honors/${id}`);
          }}
        />
      )}
    </Page>
  );
}
