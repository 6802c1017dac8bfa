/**
 * A search term as a LIKE pattern that finds it anywhere in the text: `%`, `_` and `\` in what a person typed are
 * taken literally, so searching "100%" does not match everything.
 */
export const containsPattern = (term: string): string => `%${term.replace(/[%_\\]/g, '\\$&')}%`;
