import { Button, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { usePermission } from '../../../platform/auth/permission';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { cadreApi } from '../hooks/cadreApi';

/**
 * The masked ID number; holders of cadre.id_number may reveal the full one, which the server writes to the audit log.
 * The full number lives only in this component's state, never in the query cache, and is gone when the drawer closes.
 */
export function IdNumberField({ cadreId, masked }: { cadreId: string; masked: string | null }) {
  const canReveal = Boolean(usePermission('cadre.id_number'));
  const [full, setFull] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const handleError = useApiErrorHandler();
  if (!masked) return <Typography.Text type="secondary">未登记</Typography.Text>;
  const reveal = async () => {
    setLoading(true);
    try {
      setFull((await cadreApi.idNumber(cadreId)).idNumber);
    } catch (error) {
      handleError(error);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Space size={4} wrap>
      <Typography.Text copyable={full ? { text: full } : false} style={{ fontFamily: 'monospace' }}>
        {full ?? masked}
      </Typography.Text>
      {canReveal &&
        (full ? (
          <Button type="link" size="small" onClick={() => setFull(null)}>
            隐藏
          </Button>
        ) : (
          <Tooltip title="查看完整号码将记入操作日志">
            <Button type="link" size="small" loading={loading} onClick={reveal}>
              查看完整号码
            </Button>
          </Tooltip>
        ))}
    </Space>
  );
}
