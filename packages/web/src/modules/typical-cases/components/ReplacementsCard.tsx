import type { ReplacementView } from '@dandang/shared/typical-cases/typical-case.schema';
import { Card, Table, Tag, Typography } from 'antd';

const KIND_COLORS: Record<string, string> = { PERSON: 'blue', UNIT: 'purple', ID_NUMBER: 'red', MOBILE: 'red', DOCUMENT_NUMBER: 'gold', DATE: 'default' };

/** What generating the draft replaced, for the reviewer to check against the source: the real names stay here. */
export function ReplacementsCard({ replacements }: { replacements: ReplacementView[] }) {
  return (
    <Card size="small" title="生成草稿时的脱敏替换">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        原文仅发布者可见。姓名以外出现在自由文本中的信息（如未登记的人名、地名）系统无法识别，请逐字审核。
      </Typography.Paragraph>
      <Table<ReplacementView>
        size="small"
        pagination={false}
        rowKey={(r) => `${r.kind}-${r.original}`}
        dataSource={replacements}
        locale={{ emptyText: '无替换' }}
        columns={[
          { title: '类别', width: 88, render: (_, r) => <Tag color={KIND_COLORS[r.kind]}>{r.kindLabel}</Tag> },
          { title: '原文', dataIndex: 'original', ellipsis: true },
          { title: '替换为', dataIndex: 'replacement', ellipsis: true },
          { title: '处', dataIndex: 'count', width: 40, align: 'right' },
        ]}
      />
    </Card>
  );
}
