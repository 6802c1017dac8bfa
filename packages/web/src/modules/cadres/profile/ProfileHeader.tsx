import { Descriptions, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useDictionary } from '../../dictionaries';
import type { Cadre } from '../cadres.types';

const age = (birthDate: string) => dayjs().diff(dayjs(birthDate), 'year');

/** The essentials an organization department reads first: who, where, which post and rank, since when. */
export function ProfileHeader({ cadre }: { cadre: Cadre }) {
  const gender = useDictionary('gender');
  const education = useDictionary('education');
  const political = useDictionary('political_status');
  const ranks = useDictionary('rank_level');
  const tags = [...cadre.fieldTags, ...cadre.specialtyTags, cadre.levelTag].filter(Boolean);
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 3 }}
      aria-label="基本情况"
      items={[
        { key: 'who', label: '性别 / 年龄', children: `${gender.label(cadre.gender)}，${age(cadre.birthDate)} 岁（${cadre.birthDate}）` },
        {
          key: 'political',
          label: '政治面貌',
          children: `${political.label(cadre.politicalStatus)}${cadre.partyJoinedOn ? `，${cadre.partyJoinedOn} 入党` : ''}`,
        },
        { key: 'education', label: '学历', children: [education.label(cadre.education), cadre.fullTimeDegree].filter(Boolean).join(' ') || '—' },
        { key: 'unit', label: '所在单位', children: cadre.unitName },
        { key: 'post', label: '现任职务', children: cadre.post || '—' },
        { key: 'rank', label: '职务职级', children: `${ranks.label(cadre.rank) || '—'}${cadre.rankSince ? `（${cadre.rankSince} 起）` : ''}` },
        { key: 'work', label: '参加工作', children: cadre.workStartedOn ?? '—' },
        {
          key: 'tags',
          label: '领域 / 专业 / 层次',
          span: 2,
          children: tags.length ? (
            <Space size={[0, 4]} wrap>
              {tags.map((t) => (
                <Tag key={t}>{t}</Tag>
              ))}
            </Space>
          ) : (
            '—'
          ),
        },
      ]}
    />
  );
}
