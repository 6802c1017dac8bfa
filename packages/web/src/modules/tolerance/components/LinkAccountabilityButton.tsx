import type { CaseView } from '@dandang/shared/cases/case.schema';
import type { ToleranceDetail } from '@dandang/shared/tolerance/tolerance-view.schema';
import { Button, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { accountabilityApi } from '../../accountability';
import { toleranceApi } from '../hooks/toleranceApi';

/**
 * 关联问责案件: the handler links the application to the accountability case about the same cadre that it concerns, so
 * the collective decision acts on it ("谁问责、谁容错"). Only cases not yet decided are offered.
 */
export function LinkAccountabilityButton({ detail, onLinked }: { detail: ToleranceDetail; onLinked: () => void }) {
  const handleError = useApiErrorHandler();
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<CaseView[]>([]);
  const [chosen, setChosen] = useState<string>();
  const cadreId = detail.case.subjectCadreId ?? undefined;

  const start = async () => {
    setOpen(true);
    try {
      const lists = await Promise.all(['PROPOSED', 'COORDINATING'].map((state) => accountabilityApi.cases({ state, cadreId, page: 1, pageSize: 50 })));
      const linked = new Set(detail.accountabilityCases.map((c) => c.caseId));
      setOptions(lists.flatMap((l) => l.items).filter((c) => !linked.has(c.id)));
    } catch (error) {
      handleError(error);
    }
  };
  const submit = async () => {
    if (!chosen) return;
    try {
      await toleranceApi.linkAccountability(detail.case.id, chosen);
      setOpen(false);
      onLinked();
    } catch (error) {
      handleError(error);
    }
  };
  return (
    <>
      <Button size="small" onClick={start}>
        关联问责案件
      </Button>
      <Modal title="关联所涉问责案件" open={open} onOk={submit} onCancel={() => setOpen(false)} okButtonProps={{ disabled: !chosen }} destroyOnHidden>
        <Typography.Paragraph type="secondary">认定免责的，关联的问责案件随认定免予问责；认定从轻、减轻的，问责决定依此确定情节。</Typography.Paragraph>
        <Select
          style={{ width: '100%' }}
          placeholder={options.length === 0 ? '该干部没有尚未决定的问责案件' : '选择问责案件'}
          value={chosen}
          onChange={setChosen}
          options={options.map((c) => ({ value: c.id, label: `${c.number} ${c.title}（${c.stateLabel}）` }))}
        />
      </Modal>
    </>
  );
}
