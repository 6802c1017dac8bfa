import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Empty, Popconfirm, Space, Tag, Typography } from 'antd';
import { Page } from '../../../layout/Page';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { COMPLAINTS_KEY, complaintsApi, type MyClarification } from '../hooks/complaintsApi';

const MINE_KEY = [COMPLAINTS_KEY, 'mine'];

/** One clarification offered to the signed-in cadre, with their two answers while it waits for them. */
function MyClarificationCard({ item, onAnswered }: { item: MyClarification; onAnswered: () => void }) {
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const answer = async (consent: boolean) => {
    try {
      await complaintsApi.consent(item.complaintId, { version: item.version, consent });
      message.success(consent ? '已同意澄清正名，待审批' : '已表示不同意澄清正名');
      onAnswered();
    } catch (error) {
      handleError(error, { onReload: onAnswered });
    }
  };
  return (
    <Card size="small" title="澄清正名" extra={<Tag color={item.status === 'PROPOSED' ? 'gold' : 'blue'}>{item.statusLabel}</Tag>}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label="经核查失实的问题">
          <span style={{ whiteSpace: 'pre-wrap' }}>{item.falsePoints}</span>
        </Descriptions.Item>
        <Descriptions.Item label="拟澄清方式">{item.forms.map((f) => f.label).join('；')}</Descriptions.Item>
      </Descriptions>
      {item.status === 'PROPOSED' && (
        <Space style={{ marginTop: 12 }}>
          <Popconfirm title="同意为本人澄清正名？" okText="同意" cancelText="取消" onConfirm={() => answer(true)}>
            <Button type="primary">同意澄清</Button>
          </Popconfirm>
          <Popconfirm title="不同意澄清正名？不同意的，将不再为您澄清。" okText="不同意" cancelText="取消" onConfirm={() => answer(false)}>
            <Button>不同意</Button>
          </Popconfirm>
        </Space>
      )}
    </Card>
  );
}

/**
 * 我的澄清正名: what the discipline commission proposes to clear for the signed-in cadre. Clarification needs the
 * cadre's own consent (检举控告工作规则第五十条); the cadre never sees the complaint, its matter, or who made it.
 */
export function MyClarificationsPage() {
  const queryClient = useQueryClient();
  const mine = useQuery({ queryKey: MINE_KEY, queryFn: complaintsApi.mine });
  const refresh = () => queryClient.invalidateQueries({ queryKey: MINE_KEY });
  return (
    <Page content={<Typography.Text type="secondary">经核查，反映您的问题失实的，纪检监察机关拟为您澄清正名。是否澄清，以您本人的意见为准。</Typography.Text>}>
      {mine.data && mine.data.length === 0 ? (
        <Card>
          <Empty description="没有需要您表态的澄清正名" />
        </Card>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {(mine.data ?? []).map((item) => (
            <MyClarificationCard key={item.complaintId} item={item} onAnswered={refresh} />
          ))}
        </Space>
      )}
    </Page>
  );
}
