import { TYPICAL_CASE_TYPES } from '@dandang/shared/typical-cases/typical-case.codes';
import type { TypicalCaseView } from '@dandang/shared/typical-cases/typical-case.schema';
import { Card, Descriptions } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { sourcePath } from '../typical-case-labels';

const at = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

/** For publishers: the case it was drawn from, who drafted, published or withdrew it, and why it was withdrawn. */
export function SourceCard({ manage, view }: { manage: NonNullable<TypicalCaseView['manage']>; view: TypicalCaseView }) {
  const { source, withdrawal } = manage;
  return (
    <Card size="small" title="来源与记录">
      <Descriptions column={1} size="small">
        <Descriptions.Item label="来源案件">
          <Link to={sourcePath(source.type, source.caseId)}>{source.number}</Link>（{TYPICAL_CASE_TYPES[source.type]}）
        </Descriptions.Item>
        <Descriptions.Item label="案件标题">{source.title}</Descriptions.Item>
        <Descriptions.Item label="生成">{`${manage.createdByName}，${at(manage.createdAt)}`}</Descriptions.Item>
        <Descriptions.Item label="最后修改">{at(manage.updatedAt)}</Descriptions.Item>
        {view.publishedAt && manage.publishedByName && (
          <Descriptions.Item label="发布">{`${manage.publishedByName}，${at(view.publishedAt)}`}</Descriptions.Item>
        )}
        {withdrawal && <Descriptions.Item label="撤回">{`${withdrawal.byName}，${at(withdrawal.at)}：${withdrawal.reason}`}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}
