import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { T } from '../../../i18n/zh-CN';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { useDictionary } from '../../dictionaries';
import type { CadrePost } from '../cadres.types';
import { cadreApi } from '../hooks/cadreApi';
import { PostFormModal } from './PostFormModal';

/** 任职经历: the cadre's posts, the current one first; editing happens in a modal so the drawer keeps one 保存 button. */
export function CadrePosts({ cadreId, canWrite }: { cadreId: string; canWrite: boolean }) {
  const ranks = useDictionary('rank_level');
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<CadrePost | 'new' | null>(null);
  const { data, isPending, refetch } = useQuery({ queryKey: ['cadres', 'posts', cadreId], queryFn: () => cadreApi.posts(cadreId) });
  const remove = async (post: CadrePost) => {
    try {
      await cadreApi.deletePost(post.id, post.version);
      message.success(T.deleted);
    } catch (error) {
      handleError(error, { onReload: refetch });
    }
    await refetch();
  };
  return (
    <>
      <Table<CadrePost>
        rowKey="id"
        size="small"
        loading={isPending}
        dataSource={data ?? []}
        pagination={false}
        scroll={{ x: 520 }}
        locale={{ emptyText: '暂无任职经历' }}
        columns={[
          {
            title: '起止时间',
            width: 190,
            render: (_, p) => (
              <Space size={4}>
                {`${p.startedOn} 至 ${p.endedOn ?? '今'}`}
                {!p.endedOn && <Tag color="green">现任</Tag>}
              </Space>
            ),
          },
          { title: '单位', dataIndex: 'unitName', ellipsis: true },
          { title: '职务', dataIndex: 'post', ellipsis: true, render: (_, p) => (p.isKey ? `${p.post}（关键岗位）` : p.post) },
          { title: '职级', dataIndex: 'rank', width: 110, render: (_, p) => ranks.label(p.rank) || '—' },
          ...(canWrite
            ? [
                {
                  title: T.actions,
                  width: 96,
                  render: (_: unknown, p: CadrePost) => (
                    <Space size={8}>
                      <Typography.Link onClick={() => setEditing(p)}>{T.edit}</Typography.Link>
                      <Popconfirm title="删除这条任职经历？" onConfirm={() => remove(p)} okText={T.delete} cancelText={T.cancel}>
                        <Typography.Link type="danger">{T.delete}</Typography.Link>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canWrite && (
        <Button type="dashed" block icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => setEditing('new')}>
          新增任职经历
        </Button>
      )}
      {editing && (
        <PostFormModal
          cadreId={cadreId}
          post={editing === 'new' ? undefined : editing}
          open
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void refetch();
          }}
        />
      )}
    </>
  );
}
