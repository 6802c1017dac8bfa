import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { streamWorkbook } from '../../platform/excel/export';
import { announcementReceipts } from './announcements.service';

interface ReceiptLine {
  unitName: string;
  name: string;
  read: boolean;
  readAt: string | null;
}

/** Shown in China's time, as the people who read the sheet count it. */
const chinaTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** 阅读回执 as a workbook: one line per recipient, by unit, the unread first so that a unit knows whom to remind. */
export async function receiptsWorkbook(db: Db, ctx: RequestContext, id: string) {
  const receipts = await announcementReceipts(db, ctx, id);
  const lines: ReceiptLine[] = receipts.units.flatMap((u) => [
    ...u.unreadPeople.map((p) => ({ unitName: u.unitName, name: p.name, read: false, readAt: null })),
    ...u.readers.map((p) => ({ unitName: u.unitName, name: p.name, read: true, readAt: p.readAt })),
  ]);
  async function* pages() {
    yield lines;
  }
  const stream = streamWorkbook<ReceiptLine>(
    '阅读回执',
    [
      { header: '单位', width: 28, value: (l) => l.unitName },
      { header: '姓名', width: 14, value: (l) => l.name },
      { header: '阅读状态', width: 12, value: (l) => (l.read ? '已读' : '未读') },
      { header: '阅读时间', width: 22, value: (l) => (l.readAt ? chinaTime(l.readAt) : '') },
    ],
    pages(),
  );
  return { name: `阅读回执-${receipts.announcement.title}.xlsx`, stream };
}
