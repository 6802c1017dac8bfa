import type { CadreFilterInput } from '@dandang/shared/cadres/cadre-search.schema';
import { Button, Space } from 'antd';
import { useRef, useState } from 'react';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { type RosterPage, searchApi } from './searchApi';

/** What the last search asked and answered: the filter, and how many it matched (exactly, or at least `total - 1`). */
export interface RosterSearch {
  filter: CadreFilterInput;
  total: number;
  totalExact: boolean;
}

const sameFilter = (a: CadreFilterInput, b: CadreFilterInput) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The roster's last search and its total. The server counts a long list only ten pages ahead (ADR 0011), so the
 * pager shows "超过 N 人" with a 统计总数 button; the exact number, once asked for, serves the later pages of the same
 * filter.
 */
export function useRosterTotal(reload: () => void) {
  const last = useRef<RosterSearch>({ filter: {}, total: 0, totalExact: true });
  const counted = useRef<{ filter: CadreFilterInput; total: number } | null>(null);
  // The pager's text is drawn from this; the ref above is read by the toolbar's actions.
  const [shown, setShown] = useState<RosterSearch>(last.current);
  const [counting, setCounting] = useState(false);
  const handleError = useApiErrorHandler();

  /** Records a page just answered and gives the total the table pages by. */
  const answered = (filter: CadreFilterInput, page: RosterPage): number => {
    const known = !page.totalExact && counted.current && sameFilter(counted.current.filter, filter) ? counted.current.total : undefined;
    last.current = known === undefined ? { filter, total: page.total, totalExact: page.totalExact } : { filter, total: known, totalExact: true };
    setShown(last.current);
    return last.current.total;
  };

  const countAll = async () => {
    setCounting(true);
    try {
      const { filter } = last.current;
      const { total } = await searchApi.count(filter);
      counted.current = { filter, total };
      reload();
    } catch (error) {
      handleError(error);
    } finally {
      setCounting(false);
    }
  };

  const render = () =>
    shown.totalExact ? (
      `共 ${shown.total.toLocaleString('zh-CN')} 人`
    ) : (
      <Space size={4}>
        <span>超过 {(shown.total - 1).toLocaleString('zh-CN')} 人</span>
        <Button type="link" size="small" loading={counting} onClick={countAll} style={{ padding: 0 }}>
          统计总数
        </Button>
      </Space>
    );

  return { answered, render, last: () => last.current };
}
