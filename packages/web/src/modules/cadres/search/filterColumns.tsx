import type { ProColumns } from '@ant-design/pro-components';
import { Checkbox, InputNumber, Select } from 'antd';
import { T } from '../../../i18n/zh-CN';
import type { DictionaryLookup } from '../../dictionaries';
import { UnitTreeSelect } from '../../org';
import type { CadreListItem } from '../cadres.types';
import { RangeInput } from './RangeInput';
import { EDUCATION_KIND_OPTIONS, PROMOTABLE_OPTIONS } from './useRosterOptions';

interface Options {
  ranks: DictionaryLookup;
  education: DictionaryLookup;
  pools: Array<{ value: string; label: string }>;
}

/** A column that is only a field of the search form. */
const field = (column: ProColumns<CadreListItem>): ProColumns<CadreListItem> => ({ hideInTable: true, hideInSetting: true, ...column });

const tags = (placeholder: string) => <Select mode="tags" placeholder={placeholder} tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} />;

/**
 * The roster's search form (干部查询): unit, name, rank, 三龄 (age, party and work years), education, 二历
 * (experience), tags, talent pool and promotion screening, each a search-only column of the ProTable.
 */
export function filterColumns({ ranks, education, pools }: Options): ProColumns<CadreListItem>[] {
  return [
    // 关键词 first: with the form collapsed, the name search and the unit stay in view.
    field({ title: T.keyword, dataIndex: 'keyword', fieldProps: { placeholder: '姓名包含的文字或完整身份证号' } }),
    field({ title: '所在单位', dataIndex: 'unitId', renderFormItem: () => <UnitTreeSelect /> }),
    field({
      title: '含下级单位',
      dataIndex: 'includeSubunits',
      initialValue: true,
      formItemProps: { valuePropName: 'checked' },
      renderFormItem: () => <Checkbox>包括</Checkbox>,
    }),
    field({
      title: '职务职级',
      dataIndex: 'ranks',
      renderFormItem: () => <Select mode="multiple" allowClear maxTagCount="responsive" options={ranks.options} placeholder="可多选" />,
    }),
    field({ title: '年龄', dataIndex: 'age', renderFormItem: () => <RangeInput unit="岁" aria-label="年龄" /> }),
    field({ title: '党龄', dataIndex: 'partyYears', renderFormItem: () => <RangeInput unit="年" aria-label="党龄" /> }),
    field({ title: '工龄', dataIndex: 'workYears', renderFormItem: () => <RangeInput unit="年" aria-label="工龄" /> }),
    field({
      title: '学历',
      dataIndex: 'educations',
      renderFormItem: () => <Select mode="multiple" allowClear maxTagCount="responsive" options={education.options} placeholder="可多选" />,
    }),
    field({ title: '学历类型', dataIndex: 'educationKind', initialValue: 'any', renderFormItem: () => <Select options={EDUCATION_KIND_OPTIONS} /> }),
    field({ title: '任职经历包含', dataIndex: 'experience', fieldProps: { placeholder: '如：乡镇党委书记' } }),
    field({
      title: '任职满',
      dataIndex: 'experienceYears',
      renderFormItem: () => <InputNumber min={1} max={60} precision={0} placeholder="不限" addonAfter="年" style={{ width: '100%' }} />,
    }),
    field({ title: '领域标签', dataIndex: 'fieldTags', renderFormItem: () => tags('输入后回车，任一匹配') }),
    field({ title: '专业标签', dataIndex: 'specialtyTags', renderFormItem: () => tags('输入后回车，任一匹配') }),
    field({ title: '层次', dataIndex: 'levelTags', renderFormItem: () => tags('如：科级') }),
    field({ title: '人才库', dataIndex: 'pool', renderFormItem: () => <Select allowClear options={pools} placeholder="不限" /> }),
    field({ title: '可提拔', dataIndex: 'promotable', renderFormItem: () => <Select allowClear options={PROMOTABLE_OPTIONS} placeholder="不限" /> }),
  ];
}
