import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps } from 'antd';
import { type ReactNode, useState } from 'react';
import { T } from '../../i18n/zh-CN';
import { useApiErrorHandler } from '../forms/useApiErrorHandler';

interface ExportButtonProps {
  run: () => Promise<void>;
  label?: string;
  /** A Word document shows its own icon; an Excel export keeps the download arrow. */
  icon?: ReactNode;
  type?: ButtonProps['type'];
}

/** Downloads a file (the `.xlsx` twin of a list, a Word report), busy while it comes, the server's message on refusal. */
export function ExportButton({ run, label = T.exportExcel, icon = <DownloadOutlined />, type }: ExportButtonProps) {
  const [busy, setBusy] = useState(false);
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  return (
    <Button
      type={type}
      icon={icon}
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
