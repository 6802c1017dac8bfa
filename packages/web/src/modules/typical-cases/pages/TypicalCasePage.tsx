import { DownloadOutlined } from '@ant-design/icons';
import type { TypicalCaseView } from '@dandang/shared/typical-cases/typical-case.schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Result, Row, Segmented, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { PublishingCard } from '../components/PublishingCard';
import { ReplacementsCard } from '../components/ReplacementsCard';
import { SourceCard } from '../components/SourceCard';
import { TypicalCaseArticle } from '../components/TypicalCaseArticle';
import { TypicalCaseEditor } from '../components/TypicalCaseEditor';
import { TYPICAL_CASES_KEY, typicalCasesApi } from '../hooks/typicalCasesApi';

function WordButton({ view }: { view: TypicalCaseView }) {
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  return (
    <Button icon={<DownloadOutlined />} onClick={() => typicalCasesApi.downloadWord(view).then(() => message.success('已开始下载'), handleError)}>
      下载 Word
    </Button>
  );
}

/** A publisher's page: the draft to edit (or the case as readers see it) beside its source, replacements and steps. */
function ManagedCase({ view, onChange, onReload }: { view: TypicalCaseView; onChange: (v: TypicalCaseView) => void; onReload: () => void }) {
  const manage = view.manage;
  const editable = manage?.actions.includes('edit') ?? false;
  const [mode, setMode] = useState<'edit' | 'read'>('edit');
  const [dirty, setDirty] = useState(false);
  if (!manage) return null;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        {editable && (
          <Segmented
            style={{ marginBottom: 12 }}
            value={mode}
            onChange={(m) => setMode(m as 'edit' | 'read')}
            options={[
              { value: 'edit', label: '编辑' },
              { value: 'read', label: '预览（已保存的内容）' },
            ]}
          />
        )}
        {/* The editor stays mounted while previewing, so unsaved text is not lost. */}
        {editable && (
          <div style={{ display: mode === 'edit' ? undefined : 'none' }}>
            <TypicalCaseEditor key={view.version} view={view} onSaved={onChange} onDirtyChange={setDirty} onReload={onReload} />
          </div>
        )}
        {(!editable || mode === 'read') && <TypicalCaseArticle view={view} />}
      </Col>
      <Col xs={24} xl={8}>
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <PublishingCard view={view} dirty={dirty} onChange={onChange} onReload={onReload} />
          <SourceCard manage={manage} view={view} />
          <ReplacementsCard replacements={manage.replacements} />
        </Space>
      </Col>
    </Row>
  );
}

/** 典型案例: for readers, the case to read; for its publishers, also the editor, the review and publishing. */
export function TypicalCasePage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: [TYPICAL_CASES_KEY, id], queryFn: () => typicalCasesApi.get(id) });
  const reload = () => queryClient.invalidateQueries({ queryKey: [TYPICAL_CASES_KEY] });
  const replace = (next: TypicalCaseView) => {
    queryClient.setQueryData([TYPICAL_CASES_KEY, id], next);
    void queryClient.invalidateQueries({ queryKey: [TYPICAL_CASES_KEY, 'list'] });
  };

  if (query.isError) {
    return (
      <Page>
        <Result status="404" title="典型案例不存在或尚未发布" />
      </Page>
    );
  }
  const view = query.data;
  if (!view) {
    return (
      <Page>
        <Skeleton active />
      </Page>
    );
  }
  return (
    <Page title={view.manage ? view.title : '典型案例'} extra={<WordButton view={view} />}>
      {view.manage ? <ManagedCase view={view} onChange={replace} onReload={reload} /> : <TypicalCaseArticle view={view} />}
    </Page>
  );
}
