import type { CaseDetail } from '@dandang/shared/cases/case.schema';
import { Badge, Card, Descriptions, Space, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { CaseActions, type FieldsFor } from './CaseActions';
import { CaseComments } from './CaseComments';
import { CaseExtensions } from './CaseExtensions';
import { CaseFiles } from './CaseFiles';
import { CaseLinks } from './CaseLinks';
import { CaseStatus } from './CaseStatus';
import { CaseTimeline } from './CaseTimeline';

interface CasePanelProps {
  detail: CaseDetail;
  onChange: () => void;
  /** The module's own part (the facts checklist, the decision), shown first. */
  children?: ReactNode;
  fieldsFor?: FieldsFor;
}

/** Any case's page body: who and what it is about, where it stands, the next steps, and the record around it. */
export function CasePanel({ detail, onChange, children, fieldsFor }: CasePanelProps) {
  const c = detail.case;
  const count = (n: number) => <Badge count={n} size="small" color="#8c8c8c" offset={[6, -2]} />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" title={`${c.number}　${c.title}`} extra={<CaseStatus c={c} />}>
          <Descriptions.Item label="类型">{c.typeLabel}</Descriptions.Item>
          <Descriptions.Item label="单位">{c.unitName}</Descriptions.Item>
          {c.subjectName && <Descriptions.Item label="当事人">{c.subjectName}</Descriptions.Item>}
          <Descriptions.Item label="立案时间">{new Date(c.openedAt).toLocaleDateString('zh-CN')}</Descriptions.Item>
          <Descriptions.Item label="本阶段起始">{c.stateSince}</Descriptions.Item>
          <Descriptions.Item label="适用政策">{`${c.policyCode} 第 ${c.policyVersion} 版`}</Descriptions.Item>
        </Descriptions>
        <CaseActions detail={detail} onDone={onChange} fieldsFor={fieldsFor} />
      </Card>
      {children}
      <Card>
        <Tabs
          items={[
            { key: 'timeline', label: '办理过程', children: <CaseTimeline detail={detail} /> },
            { key: 'comments', label: <span>办理意见 {count(detail.comments.length)}</span>, children: <CaseComments detail={detail} onChange={onChange} /> },
            { key: 'files', label: <span>附件 {count(detail.attachments.length)}</span>, children: <CaseFiles detail={detail} onChange={onChange} /> },
            { key: 'links', label: <span>关联案件 {count(detail.links.length)}</span>, children: <CaseLinks detail={detail} /> },
            { key: 'extensions', label: '延期', children: <CaseExtensions detail={detail} onChange={onChange} /> },
          ]}
        />
      </Card>
    </Space>
  );
}
