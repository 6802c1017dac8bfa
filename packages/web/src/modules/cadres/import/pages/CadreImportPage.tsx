import { Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Page } from '../../../../layout/Page';
import { JobProgress } from '../../../../platform/jobs';
import { ImportDone, ImportFailed, ImportLost } from '../components/ImportOutcome';
import { ImportSteps } from '../components/ImportSteps';
import { PreviewStep } from '../components/PreviewStep';
import { TemplateCard } from '../components/TemplateCard';
import { UploadCard } from '../components/UploadCard';
import { useImportFlow } from '../hooks/useImportFlow';
import type { ImportJob } from '../import.types';

const PHASE_LABELS: Record<string, string> = { parse: '解析文件', validate: '校验数据', commit: '写入干部名册' };

function Running({ job, title }: { job: ImportJob; title: string }) {
  return (
    <Card title={title} size="small">
      <Flex vertical gap={8} style={{ maxWidth: 720, margin: '24px auto' }}>
        <JobProgress job={job} phaseLabels={PHASE_LABELS} />
        <Typography.Text type="secondary">处理在服务器上进行，刷新本页不会中断。</Typography.Text>
      </Flex>
    </Card>
  );
}

/** 干部导入: template → upload → check → preview → commit → done, one screen per step, driven by the import job. */
export function CadreImportPage() {
  const { job, stage, error, follow, restart } = useImportFlow();
  const [hasTemplate, setHasTemplate] = useState(false);
  const summary = job?.summary ?? null;

  return (
    <Page content="从 Excel 批量新增或更新干部信息：先校验并预览全部变化，确认后一次写入。">
      <Flex vertical gap={16}>
        <Card size="small">
          <ImportSteps stage={stage} failedPhase={job?.phase} hasTemplate={hasTemplate} blocked={(summary?.errorCount ?? 0) > 0} />
        </Card>
        {stage === 'prepare' && (
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={10}>
              <TemplateCard onDownloaded={() => setHasTemplate(true)} />
            </Col>
            <Col xs={24} lg={14}>
              <UploadCard onStarted={follow} />
            </Col>
          </Row>
        )}
        {stage === 'loading' && (
          <Card size="small">
            <Skeleton active />
          </Card>
        )}
        {stage === 'validating' && job && <Running job={job} title="正在校验" />}
        {stage === 'preview' && job && summary && <PreviewStep job={job} summary={summary} onRestart={restart} onCommitStarted={follow} />}
        {stage === 'committing' && job && <Running job={job} title="正在导入" />}
        {stage === 'done' && summary && (
          <Card size="small">
            <ImportDone summary={summary} onRestart={restart} />
          </Card>
        )}
        {stage === 'failed' && job && (
          <Card size="small">
            <ImportFailed job={job} onRestart={restart} />
          </Card>
        )}
        {stage === 'lost' && (
          <Card size="small">
            <ImportLost error={error} onRestart={restart} />
          </Card>
        )}
      </Flex>
    </Page>
  );
}
