import { ProFormDatePicker, ProFormGroup, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { checkIdNumber, normalizeIdNumber } from '@dandang/shared/cadres/id-number.rules';
import { Col, Form } from 'antd';
import { useDictionary } from '../../dictionaries';
import { UnitTreeSelect } from '../../org';

const half = { xs: 24, sm: 12 };
/** A picked date is a dayjs object in the form store until submit; an initial one is still text. */
const asDate = (v: unknown) =>
  v && typeof v === 'object' && 'format' in v ? (v as { format(f: string): string }).format('YYYY-MM-DD') : (v as string | undefined);
const full = { span: 24 };

/**
 * The profile fields shared by the create and edit forms, in the order of the 干部任免审批表. The ID number is checked
 * here with the same rule the server applies (GB 11643), against the birth date and gender typed beside it.
 */
export function CadreFormFields({ isNew }: { isNew: boolean }) {
  const gender = useDictionary('gender');
  const ethnicity = useDictionary('ethnicity');
  const education = useDictionary('education');
  const political = useDictionary('political_status');
  const ranks = useDictionary('rank_level');
  const required = (label: string) => [{ required: true, message: `请填写${label}` }];
  const date = { style: { width: '100%' }, format: 'YYYY-MM-DD' };
  return (
    <>
      <ProFormGroup title="基本信息">
        <ProFormText name="name" label="姓名" colProps={half} rules={required('姓名')} fieldProps={{ maxLength: 50 }} />
        <ProFormSelect name="gender" label="性别" colProps={half} options={gender.options} rules={required('性别')} />
        <ProFormDatePicker name="birthDate" label="出生日期" colProps={half} fieldProps={date} rules={required('出生日期')} />
        <ProFormSelect name="ethnicity" label="民族" colProps={half} options={ethnicity.options} showSearch rules={required('民族')} />
        <ProFormText name="nativePlace" label="籍贯" colProps={half} fieldProps={{ maxLength: 50 }} />
        <ProFormText
          name="idNumber"
          label="身份证号"
          colProps={half}
          placeholder={isNew ? '18位公民身份号码' : '不修改请留空'}
          fieldProps={{ maxLength: 18, autoComplete: 'off' }}
          dependencies={['birthDate', 'gender']}
          rules={[
            { required: isNew, message: '请填写身份证号' },
            ({ getFieldValue }) => ({
              validator: (_: unknown, value?: string) => {
                if (!value?.trim()) return Promise.resolve();
                const problems = checkIdNumber(normalizeIdNumber(value), { birthDate: asDate(getFieldValue('birthDate')), gender: getFieldValue('gender') });
                return problems.length ? Promise.reject(new Error(problems.map((p) => p.text).join('；'))) : Promise.resolve();
              },
            }),
          ]}
        />
        <ProFormSelect name="politicalStatus" label="政治面貌" colProps={half} options={political.options} rules={required('政治面貌')} />
        <ProFormDatePicker name="partyJoinedOn" label="入党时间" colProps={half} fieldProps={date} />
        <ProFormDatePicker name="workStartedOn" label="参加工作时间" colProps={half} fieldProps={date} />
        <ProFormText name="phone" label="联系电话" colProps={half} rules={[{ pattern: /^(1\d{10}|0\d{2,3}-?\d{7,8})?$/, message: '请输入有效的电话号码' }]} />
      </ProFormGroup>
      <ProFormGroup title="学历学位">
        <ProFormSelect name="education" label="全日制学历" colProps={half} options={education.options} rules={required('全日制学历')} />
        <ProFormText name="fullTimeDegree" label="全日制学位" colProps={half} fieldProps={{ maxLength: 50 }} />
        <ProFormText name="fullTimeSchool" label="全日制毕业院校" colProps={half} fieldProps={{ maxLength: 100 }} />
        <ProFormText name="fullTimeMajor" label="全日制专业" colProps={half} fieldProps={{ maxLength: 100 }} />
        <ProFormSelect name="inServiceEducation" label="在职学历" colProps={half} options={education.options} allowClear />
        <ProFormText name="inServiceDegree" label="在职学位" colProps={half} fieldProps={{ maxLength: 50 }} />
        <ProFormText name="inServiceSchool" label="在职毕业院校" colProps={half} fieldProps={{ maxLength: 100 }} />
        <ProFormText name="inServiceMajor" label="在职专业" colProps={half} fieldProps={{ maxLength: 100 }} />
        <ProFormText name="specialty" label="熟悉专业有何专长" colProps={full} fieldProps={{ maxLength: 200 }} />
      </ProFormGroup>
      <ProFormGroup title="任职">
        {/* A plain Form.Item in its own column: ProForm.Item would shrink the tree select to its content. */}
        <Col span={24}>
          <Form.Item name="unitId" label="所在单位" rules={[{ required: true, message: '请选择所在单位' }]}>
            <UnitTreeSelect allowClear={false} />
          </Form.Item>
        </Col>
        <ProFormText name="post" label="现任职务" colProps={full} fieldProps={{ maxLength: 100 }} />
        <ProFormSelect name="rank" label="职务职级" colProps={half} options={ranks.options} allowClear showSearch />
        <ProFormDatePicker name="rankSince" label="任现职级时间" colProps={half} fieldProps={date} />
      </ProFormGroup>
      <ProFormGroup title="标签">
        <ProFormSelect name="fieldTags" label="领域" colProps={half} mode="tags" fieldProps={{ maxCount: 20 }} placeholder="输入后回车" />
        <ProFormSelect name="specialtyTags" label="专业" colProps={half} mode="tags" fieldProps={{ maxCount: 20 }} placeholder="输入后回车" />
        <ProFormText name="levelTag" label="层次" colProps={half} fieldProps={{ maxLength: 20 }} />
      </ProFormGroup>
    </>
  );
}
