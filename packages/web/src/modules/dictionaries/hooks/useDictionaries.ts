import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../../platform/api/client';
import type { Dictionary, DictionaryCode, DictionaryItem } from '../dictionaries.types';

export const DICTIONARIES_KEY = ['dictionaries'] as const;

export function useDictionaries() {
  return useQuery({
    queryKey: DICTIONARIES_KEY,
    queryFn: () => api.get<Dictionary[]>('/api/v1/dictionaries'),
    staleTime: 5 * 60_000,
  });
}

export interface DictionaryLookup {
  items: DictionaryItem[];
  /** Enabled items in order, ready for a Select. */
  options: { value: string; label: string }[];
  /** The label of a stored value; the raw value when the dictionary no longer has it. */
  label: (value: string | null | undefined) => string;
  color: (value: string | null | undefined) => string | undefined;
}

/** One dictionary by code, for selects and for showing stored codes as words. */
export function useDictionary(code: DictionaryCode): DictionaryLookup {
  const { data } = useDictionaries();
  return useMemo(() => {
    const items = [...(data?.find((dict) => dict.code === code)?.items ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
    const byValue = new Map(items.map((item) => [item.value, item]));
    return {
      items,
      options: items.filter((item) => !item.disabled).map((item) => ({ value: item.value, label: item.label })),
      label: (value) => (value ? (byValue.get(value)?.label ?? value) : ''),
      color: (value) => (value ? (byValue.get(value)?.color ?? undefined) : undefined),
    };
  }, [data, code]);
}
