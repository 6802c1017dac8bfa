import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { T } from '../../i18n/zh-CN';
import { useApiErrorHandler } from '../forms/useApiErrorHandler';

/** Downloads the `.xlsx` twin of a list with the filters currently applied to it. */
export function ExportButton({ run, label = T.exportExcel }: { run: () => Promise<void>; label?: string }) {
  const [busy, setBusy] = useState(false);
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await run();
          message.success('已开始下载');
        } catch (error) {
          handleError(error);
        } finally {
          setBusy(false);
        }
      }}
    >
      {label}
    </Button>
  );
}
