export interface DictionaryItem {
  value: string;
  label: string;
  sortOrder: number;
  color: string | null;
  disabled: boolean;
}

export interface Dictionary {
  code: string;
  name: string;
  items: DictionaryItem[];
}

/** The dictionaries the foundation ships (contract: Dictionaries). */
export type DictionaryCode = 'gender' | 'ethnicity' | 'education' | 'political_status' | 'rank_level' | 'unit_type';
