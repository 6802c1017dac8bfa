import { Descriptions, Grid } from 'antd';
import { TagList } from '../../../platform/ui/TagList';
import { useDictionary } from '../../dictionaries';
import type { Cadre } from '../cadres.types';
import { IdNumberField } from './IdNumberField';

const joined = (...parts: string[]) => parts.filter(Boolean).join(' · ') || '—';

/** The cadre's record as read-only descriptions, the ID number masked. */
export function CadreProfile({ cadre }: { cadre: Cadre }) {
  const screens = Grid.useBreakpoint();
  const gender = useDictionary('gender');
  const ethnicity = useDictionary('ethnicity');
  const education = useDictionary('education');
  const political = useDictionary('political_status');
  const ranks = useDictionary('rank_level');
  const Item = Descriptions.Item;
  return (
    <Descriptions column={screens.sm ? 2 : 1} size="small" bordered styles={{ label: { width: 104 } }}>
      <Item label="姓名">{cadre.name}</Item>
      <Item label="性别">{gender.label(cadre.gender)}</Item>
      <Item label="出生日期">{cadre.birthDate}</Item>
      <Item label="民族">{ethnicity.label(cadre.ethnicity)}</Item>
      <Item label="籍贯">{cadre.nativePlace || '—'}</Item>
      <Item label="政治面貌">{political.label(cadre.politicalStatus)}</Item>
      <Item label="身份证号" span={2}>
        <IdNumberField cadreId={cadre.id} masked={cadre.idNumberMasked} />
      </Item>
      <Item label="入党时间">{cadre.partyJoinedOn ?? '—'}</Item>
      <Item label="参加工作时间">{cadre.workStartedOn ?? '—'}</Item>
      <Item label="全日制教育" span={2}>
        {joined(education.label(cadre.education), cadre.fullTimeDegree, cadre.fullTimeSchool, cadre.fullTimeMajor)}
      </Item>
      <Item label="在职教育" span={2}>
        {joined(education.label(cadre.inServiceEducation), cadre.inServiceDegree, cadre.inServiceSchool, cadre.inServiceMajor)}
      </Item>
      <Item label="熟悉专业有何专长" span={2}>
        {cadre.specialty || '—'}
      </Item>
      <Item label="所在单位" span={2}>
        {cadre.unitName}
      </Item>
      <Item label="现任职务" span={2}>
        {cadre.post || '—'}
      </Item>
      <Item label="职务职级">{ranks.label(cadre.rank) || '—'}</Item>
      <Item label="任现职级时间">{cadre.rankSince ?? '—'}</Item>
      <Item label="联系电话" span={2}>
        {cadre.phone || '—'}
      </Item>
      <Item label="领域">
        <TagList values={cadre.fieldTags} color="blue" />
      </Item>
      <Item label="专业">
        <TagList values={cadre.specialtyTags} color="green" />
      </Item>
      <Item label="层次" span={2}>
        {cadre.levelTag || '—'}
      </Item>
    </Descriptions>
  );
}
