import type { CadreFilterInput } from '@dandang/shared/cadres/cadre-search.schema';
import { Button, Space } from 'antd';
import { useRef, useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { type RosterPage, searchApi } from './searchApi';

/** What the pager says about the matches: exactly how many, or that there are more than `atLeast`. */
type RosterTotal = { exact: true; total: number } | { exact: false; atLeast: number };

const keyOf = (filter: CadreFilterInput) => JSON.stringify(filter);

/**
 * The roster's total. The server counts a long list only ten pages ahead (ADR 0011), so the pager shows "超过 N 人"
 * with a 统计总数 button; the exact number, once asked for, is kept for that filter and used for the pages after.
 */
export function useRosterTotal(reload: () => void) {
  const exactTotals = useRef(new Map<string, number>());
  const [shown, setShown] = useState<RosterTotal>({ exact: true, total: 0 });
  const [counting, setCounting] = useState(false);
  const lastFilter = useRef<CadreFilterInput>({});
  const handleError = useApiErrorHandler();

  /** The total to hand the table for a page just answered (and whether it is exact), remembering what to show. */
  const totalFor = (filter: CadreFilterInput, page: RosterPage): { total: number; exact: boolean } => {
    lastFilter.current = filter;
    const known = exactTotals.current.get(keyOf(filter));
    const next: RosterTotal = page.totalExact
      ? { exact: true, total: page.total }
      : known !== undefined
        ? { exact: true, total: known }
        : { exact: false, atLeast: page.total - 1 };
    setShown(next);
    return next.exact ? { total: next.total, exact: true } : { total: page.total, exact: false };
  };

  const countAll = async () => {
    setCounting(true);
    try {
      const { total } = await searchApi.count(lastFilter.current);
      exactTotals.current.set(keyOf(lastFilter.current), total);
      setShown({ exact: true, total });
      reload();
    } catch (error) {
      handleError(error);
    } finally {
      setCounting(false);
    }
  };

  const render = () =>
    shown.exact ? (
      `共 ${shown.total.toLocaleString('zh-CN')} 人`
    ) : (
      <Space size={4}>
        <span>超过 {shown.atLeast.toLocaleString('zh-CN')} 人</span>
        <Button type="link" size="small" loading={counting} onClick={countAll} style={{ padding: 0 }}>
          统计总数
        </Button>
      </Space>
    );

  return { totalFor, render };
}
