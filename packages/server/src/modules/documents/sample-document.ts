import type { OfficialDocument } from './official-document';

/** A two-page notice with every element of the layout, for the tests and for looking at the result in Word or WPS. */
export const SAMPLE_DOCUMENT: OfficialDocument = {
  issuer: '中共某某县纪律检查委员会',
  number: '县纪委〔2026〕12号',
  title: '关于进一步做好容错纠错工作\n激励干部担当作为的通知',
  addressee: '各乡镇党委、纪委，县直各单位党组（党委）',
  body: [
    {
      kind: 'text',
      text: '为深入贯彻落实《关于进一步激励广大干部新时代新担当新作为的意见》精神，坚持“三个区分开来”，旗帜鲜明为敢于担当的干部撑腰鼓劲，现就进一步做好容错纠错工作通知如下。',
    },
    { kind: 'heading1', text: '一、准确把握容错纠错的适用情形' },
    { kind: 'heading2', text: '（一）严格区分性质。' },
    {
      kind: 'text',
      text: '把干部在推进改革中因缺乏经验、先行先试出现的失误错误，同明知故犯的违纪违法行为区分开来；把尚无明确限制的探索性试验中的失误错误，同明令禁止后依然我行我素的违纪违法行为区分开来；把为推动发展的无意过失，同为谋取私利的违纪违法行为区分开来。',
    },
    { kind: 'heading3', text: '1.申请与受理。' },
    {
      kind: 'text',
      text: '干部本人或者所在单位可以书面提出容错申请，受理机关应当在5个工作日内作出是否受理的决定，并告知申请人。',
    },
    { kind: 'heading3', text: '2.调查与认定。' },
    {
      kind: 'text',
      text: '受理后应当在30个工作日内完成调查核实，情况复杂的，经批准可以延长15个工作日。调查结束后，由党委（党组）集体研究作出认定，并将结果书面反馈本人及其所在党组织。',
    },
    { kind: 'heading2', text: '（二）明确排除情形。' },
    {
      kind: 'text',
      text: '违反政治纪律和政治规矩、谋取私利、违反中央八项规定精神、弄虚作假或者阻挠调查、同类失误重复出现的，一律不予容错。',
    },
    { kind: 'heading1', text: '二、切实抓好结果运用' },
    {
      kind: 'text',
      text: '对予以容错的干部，在年度考核、评优评先、选拔任用等方面不作负面评价。各单位要加强跟踪回访，帮助干部放下包袱、轻装上阵。',
    },
    {
      kind: 'text',
      text: '本通知自印发之日起施行。执行中遇到的问题，请及时向县纪委县监委、县委组织部反映。',
    },
  ],
  attachments: ['容错纠错申请表', '容错纠错认定结果反馈书（样式）'],
  signature: '中共某某县纪律检查委员会',
  date: '2026-11-26',
  copyTo: ['县委办公室', '县人大常委会办公室', '县政府办公室', '县政协办公室'],
  printedBy: { organ: '中共某某县纪律检查委员会办公室', date: '2026-11-26' },
};
