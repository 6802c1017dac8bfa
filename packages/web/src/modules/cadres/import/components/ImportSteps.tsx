import { Steps, type StepsProps } from 'antd';
import type { ImportStage } from '../hooks/useImportFlow';

const STEPS = ['下载模板', '上传文件', '校验', '预览', '导入', '完成'].map((title) => ({ title }));

/** Which of the six steps a stage is; a failure stays on the step where it happened. */
function currentStep(stage: ImportStage, failedPhase: string | undefined, hasTemplate: boolean): number {
  switch (stage) {
    case 'prepare':
      return hasTemplate ? 1 : 0;
    case 'loading':
    case 'validating':
    case 'lost':
      return 2;
    case 'preview':
      return 3;
    case 'committing':
      return 4;
    case 'done':
      return 5;
    case 'failed':
      return failedPhase === 'commit' ? 4 : 2;
  }
}

interface Props {
  stage: ImportStage;
  failedPhase?: string;
  /** The user has the template (downloaded it here), so step 1 reads as done. */
  hasTemplate: boolean;
  /** The preview found errors: the flow stops at 预览 until a corrected file is uploaded. */
  blocked: boolean;
}

export function ImportSteps({ stage, failedPhase, hasTemplate, blocked }: Props) {
  const status: StepsProps['status'] =
    stage === 'failed' || stage === 'lost' || (stage === 'preview' && blocked) ? 'error' : stage === 'done' ? 'finish' : 'process';
  return <Steps size="small" current={currentStep(stage, failedPhase, hasTemplate)} status={status} items={STEPS} />;
}
