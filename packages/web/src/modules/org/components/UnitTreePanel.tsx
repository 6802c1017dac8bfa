import { Empty, Input, Tree, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { UnitTreeNode } from '../unit-tree';

interface Props {
  tree: UnitTreeNode[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

/** Keeps the nodes whose name matches, with their ancestors, so a match deep in the tree stays reachable. */
function filterTree(nodes: UnitTreeNode[], keyword: string): UnitTreeNode[] {
  return nodes.flatMap((node) => {
    const children = filterTree(node.children, keyword);
    return node.title.includes(keyword) || children.length > 0 ? [{ ...node, children }] : [];
  });
}

function collectKeys(nodes: UnitTreeNode[], keys: string[] = []): string[] {
  for (const node of nodes) {
    keys.push(node.key);
    collectKeys(node.children, keys);
  }
  return keys;
}

export function UnitTreePanel({ tree, selectedId, onSelect }: Props) {
  const [keyword, setKeyword] = useState('');
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const visible = useMemo(() => (keyword ? filterTree(tree, keyword) : tree), [tree, keyword]);
  const parents = useMemo(() => {
    const map = new Map<string, string | null>();
    const walk = (nodes: UnitTreeNode[], parent: string | null) => {
      for (const node of nodes) {
        map.set(node.key, parent);
        walk(node.children, node.key);
      }
    };
    walk(tree, null);
    return map;
  }, [tree]);
  // A unit selected from outside the tree (just created, or just moved) opens its ancestors, so it can be seen.
  useEffect(() => {
    const chain: string[] = [];
    for (let key = selectedId ? parents.get(selectedId) : null; key; key = parents.get(key)) chain.push(key);
    if (chain.length === 0) return;
    setExpanded((current) => {
      const base = current ?? tree.map((node) => node.key);
      const missing = chain.filter((key) => !base.includes(key));
      return missing.length > 0 ? [...base, ...missing] : current;
    });
  }, [selectedId, parents, tree]);
  // Roots open by default; while searching, everything that matched is open.
  const expandedKeys = keyword ? collectKeys(visible) : (expanded ?? tree.map((node) => node.key));

  return (
    <>
      <Input.Search
        placeholder="按单位名称筛选"
        aria-label="按单位名称筛选"
        allowClear
        onChange={(event) => setKeyword(event.target.value.trim())}
        style={{ marginBottom: 12 }}
      />
      {visible.length === 0 ? (
        <Empty description={keyword ? '没有匹配的单位' : '暂无单位'} />
      ) : (
        <Tree<UnitTreeNode>
          treeData={visible}
          blockNode
          showLine
          expandedKeys={expandedKeys}
          onExpand={(keys) => setExpanded(keys.map(String))}
          selectedKeys={selectedId ? [selectedId] : []}
          onSelect={(keys) => onSelect(keys.length > 0 ? String(keys[0]) : null)}
          titleRender={(node) => (
            <span>
              <span>{node.title}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
                {node.unit.childCount > 0 ? `下级 ${node.unit.childCount} · ` : ''}
                {node.unit.peopleCount} 人
              </Typography.Text>
            </span>
          )}
        />
      )}
    </>
  );
}
