import { SUPERVISION_KIND_LABELS, type SupervisionRecord } from '@dandang/shared/cadres/supervision.schema';
import { ReasonModal } from '../../../../platform/ui/ReasonModal';
import { supervisionApi } from '../hooks/supervisionApi';

/** Revokes a record with a written reason; a record that wrote a measure revokes that measure too. */
export function RevokeRecordModal({ record, onClose, onDone }: { record: SupervisionRecord; onClose: () => void; onDone: () => void }) {
  return (
    <ReasonModal
      title={`撤销${SUPERVISION_KIND_LABELS[record.kind]}记录`}
      label="撤销原因"
      okText="撤销"
      danger
      intro={record.measureId && <p>该记录已登记为处理处分措施，撤销后该措施一并撤销、不再计入影响期。</p>}
      maxLength={500}
      onSubmit={(reason) => supervisionApi.revoke(record.id, { reason, version: record.version })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
