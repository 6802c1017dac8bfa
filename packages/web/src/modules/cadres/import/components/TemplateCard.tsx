import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../../platform/forms/useApiErrorHandler';
import { importApi } from '../hooks/importApi';
import { IMPORT_SHEET_NAME } from '../import.types';

/** Step 1: the template, with what a person needs to know before filling it in. */
export function TemplateCard({ onDownloaded }: { onDownloaded: () => void }) {
  const [busy, setBusy] = useState(false);
  const handleError = useApiErrorHandler();
  return (
    <Card title="第一步：下载模板" size="small" style={{ height: '100%' }}>
      <Typography.Paragraph>按模板填写干部信息，一行一人。</Typography.Paragraph>
      <Typography.Paragraph>
        <ul>
          <li>在“{IMPORT_SHEET_NAME}”工作表中填写，表头请勿修改；带 * 的列必填。</li>
          <li>性别、民族、政治面貌、学历、职务职级请从下拉选项中选择。</li>
          <li>所在单位填写单位全称或单位代码，只能是您管理范围内的单位。</li>
          <li>身份证号已在名册中的干部按表格内容更新，其余新增。</li>
        </ul>
      </Typography.Paragraph>
      <Button
        type="primary"
        icon={<DownloadOutlined />}
        loading={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await importApi.downloadTemplate();
            onDownloaded();
          } catch (error) {
            handleError(error);
          } finally {
            setBusy(false);
          }
        }}
      >
        下载导入模板
      </Button>
    </Card>
  );
}
