import { FileWordOutlined } from '@ant-design/icons';
import { DatePicker, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ExportButton } from '../../../platform/ui/ExportButton';
import { dashboardApi } from '../hooks/dashboardApi';

/** 月报: pick a month that has begun and download its one-page Word report. */
export function MonthlyReportButton() {
  const [month, setMonth] = useState<Dayjs>(dayjs());
  return (
    <Space>
      <DatePicker
        picker="month"
        aria-label="月报月份"
        allowClear={false}
        value={month}
        onChange={(v) => v && setMonth(v)}
        disabledDate={(d) => d.isAfter(dayjs(), 'month')}
        format="YYYY年M月"
      />
      <ExportButton type="primary" icon={<FileWordOutlined />} label="下载月报" run={() => dashboardApi.monthlyReport(month.format('YYYY-MM'))} />
    </Space>
  );
}
