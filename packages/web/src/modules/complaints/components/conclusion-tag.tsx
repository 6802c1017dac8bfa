import { Tag } from 'antd';

/** Green where the report proved false (the cadre may be cleared), red where it proved true, grey where unproven. */
const COLORS: Record<string, string> = {
  TRUE: 'red',
  PARTLY_TRUE: 'orange',
  FALSE: 'green',
  FALSE_ACCUSATION: 'green',
  MISTAKEN: 'cyan',
  UNPROVEN: 'default',
};

export const conclusionTag = (c: { code: string; label: string }) => <Tag color={COLORS[c.code]}>{c.label}</Tag>;
