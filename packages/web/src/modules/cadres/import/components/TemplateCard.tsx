import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../../platform/forms/useApiErrorHandler';
import { importApi } from '../hooks/importApi';
import { EXAMPLE_SUFFIX, IMPORT_SHEET_NAME } from '../import.types';

/** Step 1: the template, with what a person needs to know before filling it in. */
export function TemplateCard({ onDownloaded }: { onDownloaded: () => void }) {
  const [busy, setBusy] = useState(false);
  const handleError = useApiErrorHandler();
  return (
    <Card title="第一步：下载模板" size="small" style={{ height: '100%' }}>
      <Typography.Paragraph>
        <ul>
          <li>在“{IMPORT_SHEET_NAME}”工作表中每行填写一名干部，表头请勿修改；带 * 的列必填。</li>
          <li>第 2 行是示例（姓名以“{EXAMPLE_SUFFIX}”结尾），导入时自动跳过。</li>
          <li>性别、民族、政治面貌、学历、职务职级、所在单位请从下拉列表中选择；单位只能是您管理范围内的单位。</li>
          <li>按身份证号匹配：已登记的干部按表格更新（空白单元格保留原值），未登记的新增。</li>
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
