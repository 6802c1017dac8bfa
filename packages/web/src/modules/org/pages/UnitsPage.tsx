import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Grid, Row, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Page } from '../../../layout/Page';
import { Authorized } from '../../../platform/auth/permission';
import { CreateUnitModal } from '../components/CreateUnitModal';
import { UnitDetailPanel } from '../components/UnitDetailPanel';
import { UnitTreePanel } from '../components/UnitTreePanel';
import { useUnits } from '../hooks/useUnits';

export function UnitsPage() {
  const { tree, byId, isLoading, error, units } = useUnits();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const screens = Grid.useBreakpoint();
  const detailRef = useRef<HTMLDivElement>(null);
  const stacked = !screens.md;
  // On a phone the detail panel sits under a long tree; bring it into view when a unit is picked.
  useEffect(() => {
    if (stacked && selectedId) detailRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [stacked, selectedId]);
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const parentName = selected?.parentId ? (byId.get(selected.parentId)?.name ?? null) : null;

  const addRoot = units.length === 0 && (
    <Authorized permission="org.unit.write">
      <CreateUnitModal
        parent={null}
        onCreated={(unit) => setSelectedId(unit.id)}
        trigger={
          <Button type="primary" icon={<PlusOutlined />}>
            新增顶级单位
          </Button>
        }
      />
    </Authorized>
  );

  return (
    <Page extra={addRoot}>
      {error ? (
        <Alert type="error" showIcon message="单位加载失败" description={(error as Error).message} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={10} xl={8}>
            <Card title={`单位（共 ${units.length} 个）`} size="small">
              <Spin spinning={isLoading}>
                <UnitTreePanel tree={tree} selectedId={selectedId} onSelect={setSelectedId} />
              </Spin>
            </Card>
          </Col>
          {/* Beside a long tree the detail stays in view while the tree scrolls; stacked on a phone it follows the tree. */}
          <Col xs={24} md={14} xl={16} ref={detailRef} style={stacked ? undefined : { position: 'sticky', top: 72, alignSelf: 'flex-start' }}>
            {selected ? (
              <UnitDetailPanel unit={selected} parentName={parentName} onSelect={setSelectedId} />
            ) : (
              <Card size="small">
                <Empty description="在左侧单位树中选择一个单位，查看和维护其信息" />
              </Card>
            )}
          </Col>
        </Row>
      )}
    </Page>
  );
}
