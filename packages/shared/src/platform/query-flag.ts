import { z } from 'zod';

/** A yes/no filter in a query string, where it arrives as the text `true` or `false`. */
export const queryFlag = (label: string) =>
  z.preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean(`${label}应为 true 或 false`));
