import { EyeOutlined } from '@ant-design/icons';
import { Button, Descriptions, Modal } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { type Complainant, complaintsApi } from '../hooks/complaintsApi';

/**
 * 查看检举控告人: the identity is fetched only on this click, because the server writes an audit entry for every read
 * of it; the page itself never carries it.
 */
export function ComplainantButton({ complaintId }: { complaintId: string }) {
  const handleError = useApiErrorHandler();
  const [identity, setIdentity] = useState<Complainant | null>(null);
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    try {
      setIdentity(await complaintsApi.complainant(complaintId));
    } catch (error) {
      handleError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="small" icon={<EyeOutlined />} loading={busy} onClick={open}>
        查看检举控告人
      </Button>
      <Modal title="检举控告人（本次查看已留痕）" open={identity !== null} onCancel={() => setIdentity(null)} footer={null} destroyOnHidden>
        {identity && (
          <Descriptions column={1} size="small">
            <Descriptions.Item label="姓名">{identity.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="联系电话">{identity.phone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="身份证号">{identity.idNumber || '—'}</Descriptions.Item>
            <Descriptions.Item label="联系地址">{identity.address || '—'}</Descriptions.Item>
          </Descriptions>
        )}
      </Modal>
    </>
  );
}
