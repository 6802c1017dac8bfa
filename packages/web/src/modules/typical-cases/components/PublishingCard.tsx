import type { TypicalCaseView } from '@dandang/shared/typical-cases/typical-case.schema';
import { TYPICAL_CASE_ACTIONS } from '@dandang/shared/typical-cases/typical-case.states';
import { Alert, App, Button, Card, Checkbox, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { ReasonModal } from '../../../platform/ui/ReasonModal';
import { typicalCasesApi } from '../hooks/typicalCasesApi';
import { STATE_COLORS } from '../typical-case-labels';

interface Props {
  view: TypicalCaseView;
  /** The editor holds changes not saved yet: publishing takes what is saved. */
  dirty: boolean;
  onChange: (view: TypicalCaseView) => void;
  onReload: () => void;
}

/** 发布 (with the reviewer's confirmation), 撤回 (with a reason), 重新编辑: the steps the case's state allows. */
export function PublishingCard({ view, dirty, onChange, onReload }: Props) {
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [publishing, setPublishing] = useState(false);
  const [reviewed, setReviewed] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [busy, setBusy] = useState(false);
  const actions = view.manage?.actions ?? [];
  const blocking = (view.manage?.findings ?? []).filter((f) => f.blocking);

  const run = async (write: () => Promise<TypicalCaseView>, done: string) => {
    setBusy(true);
    try {
      onChange(await write());
      message.success(done);
      return true;
    } catch (error) {
      handleError(error, { onReload });
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title="审核发布">
      <Space direction="vertical" style={{ width: '100%' }}>
        <div>
          当前状态：<Tag color={STATE_COLORS[view.state]}>{view.stateLabel}</Tag>
        </div>
        {actions.includes('publish') && (
          <>
            {dirty && <Alert type="warning" showIcon message="有未保存的修改，请先保存再发布" />}
            {!dirty && blocking.length > 0 && (
              <Alert type="error" showIcon message={`已保存的内容还有 ${blocking.length} 处可识别当事人的信息，删改并保存后才能发布`} />
            )}
            <Button
              type="primary"
              block
              disabled={dirty || blocking.length > 0}
              onClick={() => {
                setReviewed(false);
                setPublishing(true);
              }}
            >
              {TYPICAL_CASE_ACTIONS.publish.label}
            </Button>
          </>
        )}
        {actions.includes('withdraw') && (
          <Button danger block onClick={() => setWithdrawing(true)}>
            {TYPICAL_CASE_ACTIONS.withdraw.label}
          </Button>
        )}
        {actions.includes('rework') && (
          <Button block loading={busy} onClick={() => run(() => typicalCasesApi.rework(view.id, view.version), '已退回草稿，可以修改')}>
            {TYPICAL_CASE_ACTIONS.rework.label}
          </Button>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          发布后所有用户可在典型案例库中阅读，但看不到来源案件；撤回后仅发布者可见，可重新编辑后再次发布。
        </Typography.Text>
      </Space>
      <Modal
        title="发布典型案例"
        open={publishing}
        okText="发布"
        okButtonProps={{ disabled: !reviewed, loading: busy }}
        onCancel={() => setPublishing(false)}
        onOk={async () => {
          if (await run(() => typicalCasesApi.publish(view.id, view.version), '已发布')) setPublishing(false);
        }}
      >
        <Typography.Paragraph>发布后，全体用户均可阅读本案例。请确认已对照来源案件逐字审核全文。</Typography.Paragraph>
        <Checkbox checked={reviewed} onChange={(e) => setReviewed(e.target.checked)}>
          我已逐字审核，全文不含可识别当事人和单位的信息
        </Checkbox>
      </Modal>
      {withdrawing && (
        <ReasonModal
          title="撤回典型案例"
          label="撤回理由"
          okText="撤回"
          danger
          maxLength={500}
          intro={<Typography.Paragraph type="secondary">撤回后阅读者不再看到本案例，可重新编辑后再次发布。</Typography.Paragraph>}
          onSubmit={(reason) => typicalCasesApi.withdraw(view.id, view.version, reason).then(onChange)}
          onClose={() => setWithdrawing(false)}
          onDone={() => setWithdrawing(false)}
        />
      )}
    </Card>
  );
}
