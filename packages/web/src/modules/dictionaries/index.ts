/** The dictionaries module's public surface for other modules. */

export type { Dictionary, DictionaryCode, DictionaryItem } from './dictionaries.types';
export { type DictionaryLookup, useDictionaries, useDictionary } from './hooks/useDictionaries';
