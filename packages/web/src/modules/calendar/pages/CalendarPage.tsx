import { Alert, Card, Col, Row, Select, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import type { CalendarDay } from '../calendar.types';
import { AddYearModal } from '../components/AddYearModal';
import { DayEditModal } from '../components/DayEditModal';
import { MonthGrid } from '../components/MonthGrid';
import { WorkdayCalculator } from '../components/WorkdayCalculator';
import { useCalendarYear, useCalendarYears } from '../hooks/useCalendar';

const MONTHS = Array.from({ length: 12 }, (_, month) => month);

export function CalendarPage() {
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState<string | null>(null);
  const canWrite = Boolean(usePermission('calendar.write'));
  const years = useCalendarYears();
  const summary = years.data?.find((entry) => entry.year === year);
  // A year the server does not list has no arrangement at all: nothing to fetch, everything is Monday–Friday.
  const detail = useCalendarYear(year, summary !== undefined);
  const days = useMemo(() => new Map<string, CalendarDay>((detail.data?.days ?? []).map((day) => [day.date, day])), [detail.data]);
  const published = Boolean(summary?.published && detail.data?.published !== false);

  const yearOptions = useMemo(() => {
    const all = new Set([thisYear - 1, thisYear, thisYear + 1, ...(years.data ?? []).map((entry) => entry.year)]);
    return [...all]
      .sort((a, b) => a - b)
      .map((value) => {
        const entry = years.data?.find((item) => item.year === value);
        return { value, label: `${value} 年${entry?.published ? '' : '（未发布）'}` };
      });
  }, [years.data, thisYear]);

  const holidays = (detail.data?.days ?? []).filter((day) => day.kind === 'holiday').length;
  const workdays = (detail.data?.days ?? []).filter((day) => day.kind === 'workday').length;

  return (
    <Page
      extra={
        <Space wrap>
          <Select aria-label="年度" value={year} options={yearOptions} onChange={setYear} style={{ width: 190 }} />
          {canWrite && <AddYearModal suggested={Math.max(thisYear + 1, ...(years.data ?? []).map((e) => e.year + 1))} onAdded={setYear} />}
        </Space>
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {!years.isPending && !published && <Alert type="warning" showIcon message={`${year} 年：未发布该年度节假日安排，按周一至周五计算，结果为暂定`} />}
        {(years.error || detail.error) && <Alert type="error" showIcon message={((years.error ?? detail.error) as Error).message} />}
        <Card size="small" title={`${year} 年工作日历`}>
          {/* The legend sits in the body, not the card header, so it wraps instead of squeezing the title on a phone. */}
          <Space size={[4, 8]} wrap style={{ marginBottom: 12 }}>
            <Tag color="#d4380d">休 节假日 {holidays} 天</Tag>
            <Tag color="#1d5bb8">班 调休上班 {workdays} 天</Tag>
            <Tag>周末</Tag>
            {canWrite && summary && <Typography.Text type="secondary">点击日期可设置为节假日、调休上班日或恢复常规。</Typography.Text>}
          </Space>
          <Spin spinning={years.isPending || detail.isFetching}>
            <Row gutter={[12, 12]}>
              {MONTHS.map((month) => (
                <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
                  <MonthGrid year={year} month={month} days={days} onPick={canWrite && summary ? setEditing : undefined} />
                </Col>
              ))}
            </Row>
          </Spin>
        </Card>
        <Card size="small" title="工作日计算器">
          <WorkdayCalculator />
        </Card>
      </Space>
      <DayEditModal date={editing} current={editing ? days.get(editing) : undefined} onClose={() => setEditing(null)} />
    </Page>
  );
}
