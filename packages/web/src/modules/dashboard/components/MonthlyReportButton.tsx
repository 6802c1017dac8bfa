import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { dashboardApi } from '../hooks/dashboardApi';

/** 月报: pick a month that has begun and download its one-page Word report. */
export function MonthlyReportButton() {
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [busy, setBusy] = useState(false);
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
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
      <Button
        type="primary"
        icon={<FileWordOutlined />}
        loading={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await dashboardApi.monthlyReport(month.format('YYYY-MM'));
            message.success('已开始下载');
          } catch (error) {
            handleError(error);
          } finally {
            setBusy(false);
          }
        }}
      >
        下载月报
      </Button>
    </Space>
  );
}
