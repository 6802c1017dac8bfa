import type { ObjectionView } from '@dandang/shared/honors/honor.schema';
import { App, Space, Table, Typography } from 'antd';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { honorsApi } from '../hooks/honorsApi';
import { ObjectionStateTag } from './labels';

/**
 * 公示异议 for the organizer: what was raised against whom, and the answer. The objector's name and phone are shown
 * only on request, one objection at a time, and the server logs each look.
 */
export function ObjectionsTable({
  objections,
  canResolve,
  onResolve,
}: {
  objections: ObjectionView[];
  canResolve: boolean;
  onResolve: (o: ObjectionView) => void;
}) {
  const { modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const showObjector = async (o: ObjectionView) => {
    try {
      const who = await honorsApi.objector(o.id);
      modal.info({ title: '异议人信息（本次查看已留痕）', content: `姓名：${who.name}　联系电话：${who.phone}` });
    } catch (error) {
      handleError(error);
    }
  };
  return (
    <Table<ObjectionView>
      rowKey="id"
      size="middle"
      pagination={false}
      dataSource={objections}
      locale={{ emptyText: '公示期间未收到异议' }}
      columns={[
        { title: '被反映人', dataIndex: 'cadreName', width: 100 },
        { title: '提出时间', width: 160, render: (_, o) => new Date(o.filedAt).toLocaleString('zh-CN', { hour12: false }) },
        { title: '方式', width: 70, render: (_, o) => (o.realName ? '实名' : '匿名') },
        { title: '异议内容', dataIndex: 'content' },
        { title: '状态', width: 100, render: (_, o) => <ObjectionStateTag state={o.state} /> },
        { title: '答复意见', dataIndex: 'answer', width: 220, render: (_, o) => o.answer || '—' },
        {
          title: '操作',
          width: 150,
          render: (_, o) => (
            <Space>
              {o.realName && <Typography.Link onClick={() => showObjector(o)}>异议人</Typography.Link>}
              {canResolve && o.state === 'OPEN' && <Typography.Link onClick={() => onResolve(o)}>办结</Typography.Link>}
            </Space>
          ),
        },
      ]}
    />
  );
}
