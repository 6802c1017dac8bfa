import type { TargetView } from '@dandang/shared/assessment/target.schema';
import { Button, Empty, Space, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { type DragEvent, type Key, useEffect, useMemo, useRef, useState } from 'react';
import { LevelTag, TargetStatus, valueText } from './target-labels';

/** The drag payload of a person card (PeoplePanel) dropped onto a unit target. */
export const PERSON_DRAG_TYPE = 'application/x-dandang-cadre';
export interface DraggedPerson {
  id: string;
  name: string;
  unitId: string;
}

/** The tree's nodes: a target whose parent the reader cannot see (another level's) stands at the root. */
function toNodes(targets: readonly TargetView[]): DataNode[] {
  const ids = new Set(targets.map((t) => t.id));
  const children = new Map<string | null, TargetView[]>();
  for (const t of targets) {
    const key = t.parentId && ids.has(t.parentId) ? t.parentId : null;
    children.set(key, [...(children.get(key) ?? []), t]);
  }
  const build = (parent: string | null): DataNode[] =>
    (children.get(parent) ?? []).map((t) => ({ key: t.id, title: t.title, children: build(t.id), isLeaf: !children.has(t.id) }));
  return build(null);
}

/**
 * 目标树: every target with its owner, value and standing. A unit target accepts a person dragged from the people
 * panel (`onDropPerson`), which is how a unit admin decomposes it; clicking a target chooses it (the people panel
 * follows), 详情 opens its progress.
 */
export function TargetTree({
  targets,
  selectedId,
  onSelect,
  onOpen,
  onDropPerson,
}: {
  targets: readonly TargetView[];
  selectedId: string | null;
  onSelect: (target: TargetView) => void;
  onOpen: (target: TargetView) => void;
  onDropPerson?: (target: TargetView, person: DraggedPerson) => void;
}) {
  const byId = useMemo(() => new Map(targets.map((t) => [t.id, t])), [targets]);
  const nodes = useMemo(() => toNodes(targets), [targets]);
  const [over, setOver] = useState<string | null>(null);
  // Every target starts expanded, including one just decomposed; what a person collapsed stays collapsed.
  const [expanded, setExpanded] = useState<Key[]>(() => targets.map((t) => t.id));
  const seen = useRef(new Set(targets.map((t) => t.id)));
  useEffect(() => {
    const fresh = targets.filter((t) => !seen.current.has(t.id)).map((t) => t.id);
    for (const id of fresh) seen.current.add(id);
    if (fresh.length > 0) setExpanded((keys) => [...keys, ...fresh]);
  }, [targets]);
  if (targets.length === 0) return <Empty description="还没有目标任务" />;

  const accepts = (t: TargetView, e: DragEvent) => Boolean(onDropPerson) && t.level === 'UNIT' && e.dataTransfer.types.includes(PERSON_DRAG_TYPE);
  const renderTitle = (node: DataNode) => {
    const t = byId.get(String(node.key)) as TargetView;
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: a drop zone for dragged people; without a mouse the same decomposition is 详情 → 分解
      <div
        data-target-title={t.title}
        onDragOver={(e) => {
          if (!accepts(t, e)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setOver(t.id);
        }}
        onDragLeave={() => setOver((current) => (current === t.id ? null : current))}
        onDrop={(e) => {
          setOver(null);
          if (!accepts(t, e)) return;
          e.preventDefault();
          onDropPerson?.(t, JSON.parse(e.dataTransfer.getData(PERSON_DRAG_TYPE)) as DraggedPerson);
        }}
        style={{ padding: '2px 4px', borderRadius: 4, outline: over === t.id ? '2px dashed #1677ff' : undefined }}
      >
        <Space size={6} wrap>
          <LevelTag target={t} />
          <Typography.Text strong>{t.title}</Typography.Text>
          <Typography.Text type="secondary">
            {t.cadreName ?? t.unitName ?? '全县'}
            {t.targetValue !== null && ` · 目标 ${valueText(t.targetValue, t)}`} · 截止 {t.deadline}
          </Typography.Text>
          <TargetStatus target={t} />
          <Button
            type="link"
            size="small"
            onClick={(e) => {
              e.stopPropagation();
              onOpen(t);
            }}
          >
            详情
          </Button>
        </Space>
      </div>
    );
  };
  return (
    <Tree
      blockNode
      expandedKeys={expanded}
      onExpand={setExpanded}
      showLine
      treeData={nodes}
      selectedKeys={selectedId ? [selectedId] : []}
      titleRender={renderTitle}
      onSelect={(_keys, { node }) => onSelect(byId.get(String(node.key)) as TargetView)}
    />
  );
}
