import type { IsoDate } from '@dandang/shared/dates/date';

/*
 * An official document (公文) as plain data: what the drafter decides. Where each element goes on the page is the
 * renderer's business, following GB/T 9704-2012《党政机关公文格式》, so a caller cannot get the layout wrong.
 */

/**
 * The paragraph kinds of a body. A heading's text carries its own number as the drafter wrote it (一、 （一） 1.):
 * the kind only chooses the face the standard gives that level (7.3.3).
 */
export type BodyParagraphKind = 'text' | 'heading1' | 'heading2' | 'heading3';

export interface BodyParagraph {
  kind: BodyParagraphKind;
  /** A line break starts a new paragraph of the same kind. */
  text: string;
}

export interface OfficialDocument {
  /** 发文机关标志: the organ's full name or its standard short form, optionally followed by 文件. */
  issuer: string;
  /** 发文字号, e.g. 县纪委〔2026〕12号. */
  number: string;
  /** A line break marks where a long title should turn, so that each line is a complete phrase (7.3.1). */
  title: string;
  /** 主送机关; the full-width colon after it is added when missing. */
  addressee?: string;
  body: ReadonlyArray<BodyParagraph>;
  /** Names of the attachments, without numbers or a final full stop. */
  attachments?: readonly string[];
  /** 发文机关署名. */
  signature: string;
  /** 成文日期. */
  date: IsoDate;
  /** 抄送机关, in the order printed. */
  copyTo?: readonly string[];
  /** 印发机关和印发日期. */
  printedBy?: { organ: string; date: IsoDate };
}
