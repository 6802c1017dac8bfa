import { Alert, InputNumber, Space } from 'antd';
import type { ReactNode } from 'react';
import { ExportButton } from '../platform/ui/ExportButton';
import { Page } from './Page';

interface StatisticsPageFrameProps {
  year: number;
  onYearChange: (year: number) => void;
  /** Downloads the workbook of the year shown. */
  onExport: () => Promise<void>;
  /** Some working days were counted in a year whose holiday arrangement is not published yet. */
  provisional?: boolean;
  /** One line under the title: what the figures count (回访覆盖面 names its years and the policy's minimum). */
  content?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of a yearly statistics page (容错纠错统计, 问责统计, 检举控告统计, 回访覆盖面): the year and the Excel export at the
 * title's right, and a warning when the figures rest on an assumed Monday–Friday week. The picker's range is the one
 * the server's statisticsQuery accepts, so no year can be picked that the API would refuse.
 */
export function StatisticsPageFrame({ year, onYearChange, onExport, provisional, content, children }: StatisticsPageFrameProps) {
  return (
    <Page
      content={content}
      extra={
        <Space>
          <InputNumber aria-label="统计年度" min={2000} max={2200} value={year} onChange={(v) => v && onYearChange(v)} addonAfter="年" />
          <ExportButton run={onExport} />
        </Space>
      }
    >
      {provisional && <Alert type="warning" showIcon message="部分用时跨越尚未发布节假日安排的年度，按周一至周五推算，仅供参考" style={{ marginBottom: 16 }} />}
      {children}
    </Page>
  );
}
