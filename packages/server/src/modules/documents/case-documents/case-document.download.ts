import { eq } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import { recordAudit } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/context';
import type { Db, Executor } from '../../../platform/db/client';
import { attachmentName } from '../../../platform/excel/export';
import { DOCX_CONTENT_TYPE } from '../../../platform/word/official';
import { jurisdictions, units } from '../../org';
import type { OfficialDocument } from '../official-document';
import { renderOfficialDocument } from '../official-document.render';
import type { Jurisdiction } from './organs';

/** The jurisdiction a unit belongs to: a case's documents are issued by that jurisdiction's organs. */
export async function jurisdictionOfUnit(db: Executor, unitId: string): Promise<Jurisdiction> {
  const [row] = await db
    .select({ name: jurisdictions.name, level: jurisdictions.level })
    .from(units)
    .innerJoin(jurisdictions, eq(jurisdictions.id, units.jurisdictionId))
    .where(eq(units.id, unitId))
    .limit(1);
  // A case's unit is a foreign key: a unit without a jurisdiction is a broken database, not a user's mistake.
  if (!row) throw new Error(`unit ${unitId} has no jurisdiction`);
  return row;
}

export interface CaseDocumentDownload {
  /** The audited record type of the case (tolerance_case, accountability_case). */
  entity: string;
  caseId: string;
  /** What the document is, in the file name and the audit entry: 容错认定书. */
  kind: string;
  document: OfficialDocument;
}

/** Characters Windows does not allow in a file name; a document number typed with a slash keeps its other characters. */
const fileSafe = (text: string) => text.replace(/[\\/:*?"<>|]/g, '_');

/**
 * Answers a case document as a .docx download, named by its number when it has one (容〔2026〕12号-容错认定书.docx; a
 * 公示 has none). A case document carries a discipline matter or a named cadre, so each download is logged as a read of a confidential record,
 * like the reveal of an ID number; it is not cached anywhere on the way.
 */
export async function sendCaseDocument(db: Db, ctx: RequestContext, reply: FastifyReply, d: CaseDocumentDownload) {
  const bytes = await renderOfficialDocument(d.document);
  await db.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: `${d.entity}.download_document`,
      entity: d.entity,
      entityId: d.caseId,
      changes: { document: { before: null, after: d.kind }, ...(d.document.number ? { number: { before: null, after: d.document.number } } : {}) },
    }),
  );
  return reply
    .type(DOCX_CONTENT_TYPE)
    .header('content-disposition', attachmentName(`${d.document.number ? `${fileSafe(d.document.number)}-` : ''}${d.kind}.docx`))
    .header('cache-control', 'private, no-store')
    .send(bytes);
}
