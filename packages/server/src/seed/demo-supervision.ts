import { addDays, fromDayNumber, toDayNumber } from '@dandang/shared/dates/date';
import type { MeasureRow } from './demo-measures';
import { demoId, type Random } from './random';

/**
 * Supervision records of the demo county: every 提醒, 函询 and 诫勉 measure has its record (linked by measure_id, as
 * the registry writes them), and a number of 谈心谈话 that are records only.
 */

const CONDUCTORS = ['县委组织部 干部科', '县纪委监委 第一监督检查室', '单位主要负责人', '县委组织部 分管副部长'];
const TALK_TOPICS = ['工作作风和担当作为', '廉洁自律，近期思想动态', '新岗位履职中的困难和打算', '家庭困难和身体状况（关心关爱）'];
const REMINDER_TOPICS = ['履行主体责任不到位，督促整改', '工作纪律松懈，按时到岗', '项目推进缓慢，加强跟踪'];
const INQUIRY = {
  question: '群众反映其在项目验收中把关不严，请就有关情况作出书面说明',
  reply: '本人已如实说明验收经过，并提供会议记录和验收资料',
  conclusion: '反映问题不属实，予以了结',
};

/** Every row names every column: a batch insert takes its columns from the first row, so none may be missing. */
const BLANK = { conducted_by: '', topics: '', follow_up: '', question: '', reply: '', replied_on: null, conclusion: '', document_no: '', measure_id: null };

const supervisionOf = (m: MeasureRow, random: Random, createdBy: string) => {
  const base = {
    ...BLANK,
    id: demoId(random),
    cadre_id: m.cadre_id,
    kind: m.code,
    occurred_on: m.effective_on,
    measure_id: m.id,
    created_by: createdBy,
    version: 1,
  };
  if (m.code === 'INQUIRY') {
    const repliedOn = addDays(m.effective_on, random.int(5, 15));
    return { ...base, conducted_by: '县纪委监委 信访室', ...INQUIRY, replied_on: repliedOn, document_no: m.document_no };
  }
  const topics = m.code === 'ADMONISH' ? '对其工作失职问题进行诫勉谈话，责令作出书面检查' : random.pick(REMINDER_TOPICS);
  return { ...base, conducted_by: random.pick(CONDUCTORS), topics, follow_up: '一个月后回访，整改到位', document_no: m.document_no };
};

export function makeSupervision(random: Random, cadreIds: readonly string[], measures: readonly MeasureRow[], createdBy: string, today: string) {
  const linked = measures.filter((m) => m.code === 'REMINDER' || m.code === 'INQUIRY' || m.code === 'ADMONISH').map((m) => supervisionOf(m, random, createdBy));
  const talks = 6 + Math.floor(cadreIds.length / 200);
  const todayNumber = toDayNumber(today);
  const rows: object[] = [...linked];
  for (let i = 0; i < talks; i++) {
    rows.push({
      ...BLANK,
      id: demoId(random),
      cadre_id: random.pick(cadreIds),
      kind: 'TALK',
      occurred_on: fromDayNumber(todayNumber - random.int(1, 730)),
      conducted_by: random.pick(CONDUCTORS),
      topics: random.pick(TALK_TOPICS),
      follow_up: '已记录，持续关注',
      created_by: createdBy,
      version: 1,
    });
  }
  return rows;
}
