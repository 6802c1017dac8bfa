/*
 * The fifteen situations in which a cadre is found unfit for their post (不适宜担任现职), 推进领导干部能上能下规定
 * (中共中央办公厅, 2022) 第五条, each paraphrased in a short phrase (the article's wording is longer).
 *
 * Source: the article as printed in 新安晚报 2022-09-20 A11 “具有这15种情形之一的干部要下”
 * (http://epaper.ahwang.cn/xawb/20220920/html/content_20220920011002.htm), which gives (一)–(八) in full; the items
 * the revision added (经商办企业, 健康原因) from 时政周报 2022-09-23 (http://www.zprce.cn/contents/235343). The
 * wording of (九)–(十四) could not be read in full from a stored copy and is paraphrased from the published summaries:
 * check it against the official text before release. The codes stay whatever the wording.
 */
export const UNFIT_SITUATIONS = {
  POLITICAL_ABILITY: '政治能力不过硬，贯彻落实党中央决策部署存在明显差距',
  WAVERING_CONVICTION: '理想信念动摇，在重大原则问题上立场不坚定、关键时刻经不住考验',
  LACKS_RESOLVE: '担当和斗争精神不强，紧要关头临阵退缩，急难险重任务面前消极逃避或处置不力',
  WRONG_PERFORMANCE_VIEW: '政绩观存在偏差，推动高质量发展不积极不作为，搞“形象工程”“政绩工程”乱作为',
  DEMOCRATIC_CENTRALISM: '违背民主集中制，独断专行或软弱涣散，闹无原则纠纷、任人唯亲、破坏政治生态',
  WEAK_ORGANIZATION: '组织观念淡薄，不执行请示报告制度，无正当理由拒不服从组织分配调动交流',
  LACKS_DEDICATION: '事业心责任感不强、精神状态差，敷衍塞责、推拖绕躲，贻误事业发展',
  WEAK_LEADERSHIP: '领导能力不足，不能有效履职、完成目标任务，所负责工作较长时间处于落后状态',
  POOR_STYLE: '作风不严不实，形式主义、官僚主义问题突出，脱离群众，造成不良影响',
  PARTY_GOVERNANCE_DUTY: '不履行或者不正确履行全面从严治党责任，管党治党不力',
  INTEGRITY: '违背中央八项规定精神、不严格遵守廉洁从政规定，造成不良影响',
  MISCONDUCT: '品行不端，违背社会公德、职业道德、家庭美德，造成不良影响',
  FAMILY_BUSINESS: '因配偶、子女及其配偶经商办企业等情况，按照规定需要组织调整',
  FAMILY_ABROAD: '配偶已移居国（境）外，或者没有配偶但子女均已移居国（境）外，不适宜担任所任职务',
  HEALTH: '因健康原因无法正常履行工作职责一年以上',
} as const;

export type UnfitSituation = keyof typeof UNFIT_SITUATIONS;
export const UNFIT_SITUATION_CODES = Object.keys(UNFIT_SITUATIONS) as [UnfitSituation, ...UnfitSituation[]];
