import { FlagOutlined, PlusOutlined } from '@ant-design/icons';
import { type ActionType, type ProColumns, ProTable } from '@ant-design/pro-components';
import { CARE_RECENT_MONTHS } from '@dandang/shared/visits/care.rules';
import type { CareCandidate } from '@dandang/shared/visits/care.schema';
import { Button, Space, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { T } from '../../../i18n/zh-CN';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { CareRecordModal } from '../components/CareRecordModal';
import { CareRecords } from '../components/CareRecords';
import { FlagCareModal } from '../components/FlagCareModal';
import { useRefreshVisits } from '../hooks/useRefreshVisits';
import { visitsApi } from '../hooks/visitsApi';

/** Where the list was opened from: a candidate's row (its cadre fixed) or the toolbar (any cadre). */
type Recording = { id: string; name: string } | 'any' | null;

/**
 * 关心关爱: the cadres who may need care (recently held accountable or adjusted, cleared by a clarification, or
 * asked for by their unit), each with the reasons and the latest care given; units ask for care (visit.flag) and the
 * organization department or discipline commission records the talks, visits and support (visit.write).
 */
export function CarePage() {
  const canFlag = Boolean(usePermission('visit.flag'));
  const canWrite = Boolean(usePermission('visit.write'));
  const handleError = useApiErrorHandler();
  const refreshVisits = useRefreshVisits();
  const actionRef = useRef<ActionType>(null);
  const [flagging, setFlagging] = useState(false);
  const [recording, setRecording] = useState<Recording>(null);
  const refresh = () => {
    setFlagging(false);
    setRecording(null);
    actionRef.current?.reload();
    refreshVisits();
  };

  const columns: ProColumns<CareCandidate>[] = [
    { title: '姓名', dataIndex: 'name', width: 110, render: (_, c) => <Link to={`/cadres/${c.cadreId}`}>{c.name}</Link> },
    { title: '所在单位', dataIndex: 'unitName', search: false, ellipsis: true, width: 180 },
    {
      title: '关爱原因',
      search: false,
      render: (_, c) => (
        <Space direction="vertical" size={2}>
          {c.reasons.map((r) => (
            <span key={`${r.code}-${r.on}-${r.text}`}>
              <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
                {r.on}
              </Typography.Text>
              {r.text}
            </span>
          ))}
        </Space>
      ),
    },
    {
      title: '最近一次关爱',
      dataIndex: 'lastCareOn',
      search: false,
      width: 130,
      render: (_, c) => c.lastCareOn ?? <Tag color="warning">尚未开展</Tag>,
    },
    {
      title: T.actions,
      valueType: 'option',
      width: 100,
      hideInTable: !canWrite,
      render: (_, c) => <Typography.Link onClick={() => setRecording({ id: c.cadreId, name: c.name })}>登记关爱</Typography.Link>,
    },
  ];

  return (
    <Page content={`近 ${CARE_RECENT_MONTHS} 个月内被问责或组织调整、已澄清正名、所在单位提出关爱需求的干部；展开一行可查看已开展的关心关爱。`}>
      <ProTable<CareCandidate, { name?: string }>
        rowKey="cadreId"
        actionRef={actionRef}
        columns={columns}
        cardBordered
        search={{ labelWidth: 48 }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        options={{ density: false, setting: false, reload: true }}
        expandable={{ expandedRowRender: (c) => <CareRecords cadreId={c.cadreId} /> }}
        request={async (params) => {
          const answer = await visitsApi.careCandidates();
          const name = params.name?.trim();
          const data = answer.items.filter((c) => !name || c.name.includes(name));
          return { data, total: data.length, success: true };
        }}
        onRequestError={(error) => handleError(error)}
        toolBarRender={() => [
          canFlag && (
            <Button key="flag" icon={<FlagOutlined />} onClick={() => setFlagging(true)}>
              提出关爱需求
            </Button>
          ),
          canWrite && (
            <Button key="record" type="primary" icon={<PlusOutlined />} onClick={() => setRecording('any')}>
              登记关心关爱
            </Button>
          ),
        ]}
      />
      {flagging && <FlagCareModal onClose={() => setFlagging(false)} onDone={refresh} />}
      {recording && <CareRecordModal cadre={recording === 'any' ? undefined : recording} onClose={() => setRecording(null)} onDone={refresh} />}
    </Page>
  );
}
