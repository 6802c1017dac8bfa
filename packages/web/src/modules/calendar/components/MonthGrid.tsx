import { Calendar, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { memo } from 'react';
import type { CalendarDay } from '../calendar.types';
import styles from './MonthGrid.module.css';

interface Props {
  year: number;
  /** 0-based, as dayjs counts months. */
  month: number;
  days: Map<string, CalendarDay>;
  onPick?: (date: string) => void;
}

/** One month of the year view; cells show 休 / 班 for exceptions and tint weekends. */
export const MonthGrid = memo(function MonthGrid({ year, month, days, onPick }: Props) {
  const first = dayjs(new Date(year, month, 1));
  const today = dayjs().format('YYYY-MM-DD');

  const renderCell = (date: Dayjs) => {
    if (date.month() !== month) return <div className={styles.outside}>{date.date()}</div>;
    const iso = date.format('YYYY-MM-DD');
    const day = days.get(iso);
    const weekend = date.day() === 0 || date.day() === 6;
    const classes = [
      styles.cell,
      day?.kind === 'holiday' ? styles.holiday : '',
      day?.kind === 'workday' ? styles.workday : '',
      !day && weekend ? styles.weekend : '',
      iso === today ? styles.today : '',
      onPick ? styles.clickable : '',
    ];
    const mark = day ? (day.kind === 'holiday' ? '休' : '班') : '';
    // The surrounding cell already carries title="YYYY-MM-DD"; the name goes in a tooltip.
    const cell = (
      <div className={classes.join(' ')}>
        <span>{date.date()}</span>
        {mark && <span className={styles.mark}>{mark}</span>}
      </div>
    );
    return day?.name ? <Tooltip title={`${day.name}（${mark}）`}>{cell}</Tooltip> : cell;
  };

  return (
    <div className={styles.month}>
      <div className={styles.title}>{month + 1} 月</div>
      <Calendar
        fullscreen={false}
        value={first}
        headerRender={() => null}
        fullCellRender={(date, info) => (info.type === 'date' ? renderCell(date) : info.originNode)}
        onSelect={(date, info) => {
          if (info.source === 'date' && date.month() === month && date.year() === year) onPick?.(date.format('YYYY-MM-DD'));
        }}
      />
    </div>
  );
});
