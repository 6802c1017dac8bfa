import { Alert, Card, Col, Empty, Menu, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { Page } from '../../../layout/Page';
import { DictionaryItemsEditor } from '../components/DictionaryItemsEditor';
import { useDictionaries } from '../hooks/useDictionaries';

export function DictionariesPage() {
  const { data, error, isPending } = useDictionaries();
  const [selected, setSelected] = useState<string | null>(null);
  const current = data?.find((dict) => dict.code === (selected ?? data[0]?.code));

  if (error)
    return (
      <Page>
        <Alert type="error" showIcon message="字典加载失败" description={(error as Error).message} />
      </Page>
    );
  return (
    <Page>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={6}>
          <Card title="字典" size="small" styles={{ body: { padding: 4 } }}>
            {isPending ? (
              <Skeleton active />
            ) : (
              <Menu
                mode="inline"
                style={{ borderInlineEnd: 0 }}
                selectedKeys={current ? [current.code] : []}
                onClick={({ key }) => setSelected(key)}
                items={(data ?? []).map((dict) => ({ key: dict.code, label: `${dict.name}（${dict.items.length}）` }))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} md={18}>
          <Card title={current ? `${current.name} · 代码项` : '代码项'} size="small">
            {current ? (
              // Remount when the dictionary or its saved content changes, so the editor starts from the server's list.
              <DictionaryItemsEditor key={`${current.code}:${JSON.stringify(current.items)}`} dictionary={current} />
            ) : (
              <Empty description={isPending ? '加载中' : '暂无字典'} />
            )}
          </Card>
        </Col>
      </Row>
    </Page>
  );
}
