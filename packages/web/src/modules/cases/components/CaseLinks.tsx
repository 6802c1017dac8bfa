import type { CaseDetail } from '@dandang/shared/cases/case.schema';
import { casePagePath } from '@dandang/shared/cases/case-pages';
import { List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';

/** 关联案件: a linked case the reader may see opens; one out of their scope shows its number only. */
export function CaseLinks({ detail }: { detail: CaseDetail }) {
  return (
    <List
      locale={{ emptyText: '暂无关联案件' }}
      dataSource={detail.links}
      renderItem={(l) => (
        <List.Item>
          <Tag>{l.kindLabel}</Tag>
          {l.title ? <Link to={casePagePath(l.type, l.caseId)}>{`${l.number} ${l.title}`}</Link> : <Typography.Text>{l.number}</Typography.Text>}
          {l.stateLabel && <Typography.Text type="secondary">（{l.stateLabel}）</Typography.Text>}
        </List.Item>
      )}
    />
  );
}
