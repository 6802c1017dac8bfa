import { HONOR_KINDS } from '@dandang/shared/honors/honor.codes';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { AuthShell } from '../../../platform/ui/AuthShell';
import { honorsApi } from '../hooks/honorsApi';
import { ObjectionForm } from './ObjectionForm';

/**
 * 评先评优公示 for anyone, no account: who is proposed and for what, the notice period, and during it a form to object
 * to one nominee. A nominee held back by an objection under verification is marked so. Works on a phone.
 */
export function HonorNoticePage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const [objecting, setObjecting] = useState<{ id: string; name: string } | null>(null);
  const key = ['honors', 'public-notice', id];
  const { data: notice, error, isPending } = useQuery({ queryKey: key, queryFn: () => honorsApi.publicNotice(id), retry: false });

  if (error) {
    return (
      <AuthShell title="评先评优公示">
        <Result status="warning" title="公示不存在或尚未开始" subTitle={(error as Error).message} />
      </AuthShell>
    );
  }
  if (isPending || !notice) {
    return (
      <AuthShell title="评先评优公示">
        <Skeleton active />
      </AuthShell>
    );
  }
  const published = notice.state === 'PUBLISHED';
  return (
    <AuthShell title={`${notice.title} ${published ? '表彰名单' : '公示'}`} wide footer={<Link to="/honor-objection">查询异议办理结果</Link>}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>
          {published
            ? `经公示，以下同志获评${HONOR_KINDS[notice.kind]}。`
            : `经单位推荐、资格审查和组织审核，拟将以下同志确定为${HONOR_KINDS[notice.kind]}，现予公示。`}
        </Typography.Paragraph>
        <Typography.Text type="secondary">
          公示时间：{notice.noticeStartsOn} 至 {notice.noticeEndsOn}　{notice.issuer}
        </Typography.Text>
        {notice.open ? (
          <Alert type="info" showIcon message="公示期间，对公示对象有异议的，可点击“提出异议”实名或匿名反映，凭查询码查询办理结果。" />
        ) : (
          !published && <Alert type="warning" showIcon message="公示期已结束，不再受理异议。" />
        )}
        {notice.nominees.length === 0 && <Typography.Text type="secondary">暂无公示对象</Typography.Text>}
        {notice.nominees.map((n) => (
          <Card
            key={n.id}
            size="small"
            title={
              <Space wrap>
                <span>{n.name}</span>
                <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                  {n.unitName}
                  {n.post ? ` ${n.post}` : ''}
                </Typography.Text>
                {n.suspended && <Tag color="warning">有异议，核实中</Tag>}
              </Space>
            }
            extra={
              notice.open && objecting?.id !== n.id ? (
                <Button size="small" onClick={() => setObjecting({ id: n.id, name: n.name })}>
                  提出异议
                </Button>
              ) : null
            }
          >
            <Typography.Paragraph style={{ margin: 0 }}>{n.deeds}</Typography.Paragraph>
            {objecting?.id === n.id && (
              <div style={{ marginTop: 16, borderTop: '1px solid #f0f0f0', paddingTop: 16 }}>
                <ObjectionForm campaignId={notice.id} nominee={objecting} onFiled={() => void queryClient.invalidateQueries({ queryKey: key })} />
              </div>
            )}
          </Card>
        ))}
      </Space>
    </AuthShell>
  );
}
