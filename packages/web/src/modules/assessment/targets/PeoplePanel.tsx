import { UserOutlined } from '@ant-design/icons';
import type { TargetView } from '@dandang/shared/assessment/target.schema';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, List, Tag, Typography } from 'antd';
import { cadreApi } from '../../cadres';
import { ASSESSMENT_KEY } from '../hooks/assessmentApi';
import { type DraggedPerson, PERSON_DRAG_TYPE } from './TargetTree';

/**
 * 本单位人员: the people of the chosen unit target's unit, each a card to drag onto a unit target (or to pick with
 * 分解给TA, for keyboard users). People who already hold a part of the target are marked.
 */
export function PeoplePanel({
  target,
  assignedCadreIds,
  onAssign,
}: {
  target: TargetView | null;
  assignedCadreIds: ReadonlySet<string>;
  onAssign: (person: DraggedPerson) => void;
}) {
  const unitId = target?.level === 'UNIT' ? target.unitId : null;
  const people = useQuery({
    queryKey: [ASSESSMENT_KEY, 'people', unitId],
    queryFn: () => cadreApi.list({ unitId: unitId ?? undefined, page: 1, pageSize: 200 }),
    enabled: Boolean(unitId),
  });
  return (
    <Card size="small" title={target?.level === 'UNIT' ? `${target.unitName}人员` : '本单位人员'}>
      {!unitId ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="在左侧选中一个单位目标，这里列出该单位人员，拖到单位目标上即可分解" />
      ) : (
        <List
          size="small"
          loading={people.isLoading}
          dataSource={(people.data?.items ?? []).filter((p) => p.unitId === unitId)}
          locale={{ emptyText: '该单位暂无人员' }}
          renderItem={(p) => {
            const person: DraggedPerson = { id: p.id, name: p.name, unitId: p.unitId };
            return (
              <List.Item
                draggable
                data-person={p.name}
                onDragStart={(e) => {
                  e.dataTransfer.setData(PERSON_DRAG_TYPE, JSON.stringify(person));
                  e.dataTransfer.effectAllowed = 'copy';
                }}
                style={{ cursor: 'grab' }}
                actions={[
                  <Button key="assign" size="small" type="link" onClick={() => onAssign(person)}>
                    分解给TA
                  </Button>,
                ]}
              >
                <span>
                  <UserOutlined /> {p.name} <Typography.Text type="secondary">{p.post}</Typography.Text>{' '}
                  {assignedCadreIds.has(p.id) && <Tag color="cyan">已分解</Tag>}
                </span>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
