import type { Unit } from './org.types';

export interface UnitTreeNode {
  key: string;
  value: string;
  title: string;
  unit: Unit;
  children: UnitTreeNode[];
}

/**
 * The server answers a flat list within the user's scope; the tree is built here. A unit whose parent is outside the
 * scope becomes a root, so a unit admin sees their own subtree rooted at their unit.
 */
export function buildUnitTree(units: Unit[]): UnitTreeNode[] {
  const nodes = new Map<string, UnitTreeNode>();
  for (const unit of units) nodes.set(unit.id, { key: unit.id, value: unit.id, title: unit.name, unit, children: [] });
  const roots: UnitTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: UnitTreeNode[]) => {
    list.sort((a, b) => a.unit.sortOrder - b.unit.sortOrder || a.unit.name.localeCompare(b.unit.name, 'zh-CN'));
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}
