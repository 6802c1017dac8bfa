import type { IsoDate } from '@dandang/shared/dates/date';
import { HONOR_KINDS, type HonorKind } from '@dandang/shared/honors/honor.codes';
import { chineseDate, type OfficialDocument, organizationDepartmentOf } from '../documents';

/*
 * The campaign's two Word documents, issued by the organization department of its jurisdiction: the 公示 of the
 * shortlist (DOMAIN.md §10) and, once published, the 证书名单 the certificates are printed from. Neither carries a
 * document number: a notice is posted, not filed, and the office numbers its decision when it issues one.
 */

interface Person {
  name: string;
  unitName: string;
  post: string | null;
  deeds: string;
}

export interface HonorDocumentModel {
  jurisdiction: { name: string; level: string };
  campaign: { title: string; kind: HonorKind; year: number };
  people: readonly Person[];
}

const who = (p: Person) => `${p.name}，${p.unitName}${p.post ?? ''}`;
const sentence = (text: string) => `${text.trim().replace(/[。；;，,.\s]+$/, '')}。`;

export function honorNoticeDocument(m: HonorDocumentModel & { noticeStartsOn: IsoDate; noticeEndsOn: IsoDate }): OfficialDocument {
  const issuer = organizationDepartmentOf(m.jurisdiction);
  const honor = `${m.campaign.year}年度${HONOR_KINDS[m.campaign.kind]}`;
  return {
    issuer,
    number: '',
    title: `关于${m.campaign.title}\n拟表彰人选的公示`,
    body: [
      { kind: 'text', text: `根据评选工作安排，经单位推荐、资格审查和组织审核，拟将以下${m.people.length}名同志确定为${honor}，现予公示。` },
      { kind: 'heading1', text: '一、公示对象' },
      ...m.people.map((p, i) => ({ kind: 'text' as const, text: `${i + 1}.${who(p)}。主要事迹：${sentence(p.deeds)}` })),
      { kind: 'heading1', text: '二、公示时间' },
      { kind: 'text', text: `${chineseDate(m.noticeStartsOn)}至${chineseDate(m.noticeEndsOn)}。` },
      { kind: 'heading1', text: '三、反映方式' },
      {
        kind: 'text',
        text: '公示期间，对公示对象有异议的，可在公示页面实名或匿名反映，并凭查询码查询办理结果。反映问题应实事求是、具体翔实；实名反映的，请提供真实姓名和联系电话，我们对反映人信息严格保密。',
      },
    ],
    signature: issuer,
    date: m.noticeStartsOn,
  };
}

/** Certificate numbers follow the list's order (by unit, then nomination): 2026-001, 2026-002… */
export function honorCertificateListDocument(m: HonorDocumentModel & { publishedOn: IsoDate }): OfficialDocument {
  const issuer = organizationDepartmentOf(m.jurisdiction);
  const honor = `${m.campaign.year}年度${HONOR_KINDS[m.campaign.kind]}`;
  return {
    issuer,
    number: '',
    title: `${m.campaign.title}\n荣誉证书名单`,
    addressee: '各有关单位',
    body: [
      { kind: 'text', text: `经单位推荐、资格审查、组织审核和公示，下列${m.people.length}名同志荣获${honor}称号，现将荣誉证书名单印发给你们。` },
      ...m.people.map((p, i) => ({
        kind: 'text' as const,
        text: `${m.campaign.year}-${String(i + 1).padStart(3, '0')}　${p.name}（${p.unitName}${p.post ?? ''}）`,
      })),
    ],
    signature: issuer,
    date: m.publishedOn,
  };
}
