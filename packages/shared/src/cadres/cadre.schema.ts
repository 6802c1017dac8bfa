import { z } from 'zod';
import { isoDateSchema } from '../dates/date.schema';
import { versionField, versionQuery } from '../platform/fields';
import { normalizeIdNumber } from './id-number.rules';

/**
 * The cadre registry's contract (干部名册): the profile a cadre's record holds, the bodies that create and change it,
 * and what the API answers. Dictionary codes (gender, ethnicity, education, political status, rank) are checked by
 * the server against the dictionaries table, because administrators edit those lists; here they are only shaped.
 * The ID number is input only: answers carry `idNumberMasked`, the full number has its own audited endpoint.
 */

const text = (label: string, max: number) => z.string().trim().max(max, `${label}不能超过${max}个字符`);
const required = (label: string, max: number) => text(label, max).min(1, `请填写${label}`);
const code = (label: string) => z.string().trim().min(1, `请选择${label}`).max(50, `${label}代码过长`);
/** A dictionary code that may be left empty (no in-service education, no rank yet). */
const optionalCode = (label: string) => z.string().trim().max(50, `${label}代码过长`);
const date = isoDateSchema;
const tags = (label: string) =>
  z
    .array(z.string().trim().min(1, `${label}不能为空`).max(20, `${label}不能超过20个字符`))
    .max(20, `${label}最多20个`)
    // The same tag twice is a double click, not a meaning.
    .transform((items) => [...new Set(items)]);

export const idNumberInput = z.string('请填写身份证号').transform(normalizeIdNumber).pipe(z.string().min(1, '请填写身份证号').max(18, '身份证号应为18位'));

export const phoneInput = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})?$/, '电话号码格式不正确');

/** Every profile field as a body carries it (no defaults: the update body makes them all optional). */
const profileFields = {
  name: required('姓名', 50),
  gender: code('性别'),
  ethnicity: code('民族'),
  birthDate: date,
  nativePlace: text('籍贯', 50),
  politicalStatus: code('政治面貌'),
  partyJoinedOn: date.nullable(),
  workStartedOn: date.nullable(),
  /** 全日制教育: the education level code, then degree, school and major as written on the diploma. */
  education: code('全日制学历'),
  fullTimeDegree: text('全日制学位', 50),
  fullTimeSchool: text('全日制毕业院校', 100),
  fullTimeMajor: text('全日制专业', 100),
  /** 在职教育: the same four, all optional. */
  inServiceEducation: optionalCode('在职学历'),
  inServiceDegree: text('在职学位', 50),
  inServiceSchool: text('在职毕业院校', 100),
  inServiceMajor: text('在职专业', 100),
  specialty: text('熟悉专业有何专长', 200),
  unitId: z.uuid('请选择所在单位'),
  post: text('现任职务', 100),
  rank: optionalCode('职务职级'),
  rankSince: date.nullable(),
  phone: phoneInput,
  fieldTags: tags('领域标签'),
  specialtyTags: tags('专业标签'),
  levelTag: text('层次标签', 20),
};

export const createCadreBody = z.object({
  ...profileFields,
  idNumber: idNumberInput,
  nativePlace: profileFields.nativePlace.default(''),
  partyJoinedOn: profileFields.partyJoinedOn.default(null),
  workStartedOn: profileFields.workStartedOn.default(null),
  fullTimeDegree: profileFields.fullTimeDegree.default(''),
  fullTimeSchool: profileFields.fullTimeSchool.default(''),
  fullTimeMajor: profileFields.fullTimeMajor.default(''),
  inServiceEducation: profileFields.inServiceEducation.default(''),
  inServiceDegree: profileFields.inServiceDegree.default(''),
  inServiceSchool: profileFields.inServiceSchool.default(''),
  inServiceMajor: profileFields.inServiceMajor.default(''),
  specialty: profileFields.specialty.default(''),
  post: profileFields.post.default(''),
  rank: profileFields.rank.default(''),
  rankSince: profileFields.rankSince.default(null),
  phone: profileFields.phone.default(''),
  fieldTags: profileFields.fieldTags.default([]),
  specialtyTags: profileFields.specialtyTags.default([]),
  levelTag: profileFields.levelTag.default(''),
});

/** Any subset of the profile, with the `version` that was read (a stale one answers 409). */
export const updateCadreBody = z.object(profileFields).partial().extend({ idNumber: idNumberInput.optional(), version: versionField });

export const listCadresQuery = z.object({
  unitId: z.uuid().optional(),
  keyword: z.string().trim().max(20).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});

/** A row of the roster: the foundation's fields first (clients written against them keep working), then the rest. */
export const cadreListItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.string(),
  birthDate: z.string(),
  ethnicity: z.string(),
  education: z.string(),
  politicalStatus: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  post: z.string(),
  rank: z.string(),
  phone: z.string(),
  version: z.number(),
  idNumberMasked: z.string().nullable(),
  nativePlace: z.string(),
  partyJoinedOn: z.string().nullable(),
  workStartedOn: z.string().nullable(),
  rankSince: z.string().nullable(),
  fieldTags: z.array(z.string()),
  specialtyTags: z.array(z.string()),
  levelTag: z.string(),
});

export const cadreSchema = cadreListItemSchema.extend({
  fullTimeDegree: z.string(),
  fullTimeSchool: z.string(),
  fullTimeMajor: z.string(),
  inServiceEducation: z.string(),
  inServiceDegree: z.string(),
  inServiceSchool: z.string(),
  inServiceMajor: z.string(),
  specialty: z.string(),
});

export const cadrePageSchema = z.object({ items: z.array(cadreListItemSchema), total: z.number() });
export const idNumberSchema = z.object({ idNumber: z.string().nullable() });

/** 任职经历: one post held, the current one without an end date. The unit's name is kept as it was then. */
export const cadrePostSchema = z.object({
  id: z.string(),
  cadreId: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string(),
  post: z.string(),
  rank: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  isKey: z.boolean(),
  version: z.number(),
});

const postFields = {
  /** A unit of the registry, when the post was held in one; its current name is kept unless `unitName` is given. */
  unitId: z.uuid('所在单位编号格式不正确').nullable(),
  unitName: text('任职单位名称', 100),
  post: required('职务', 100),
  rank: optionalCode('职务职级'),
  startedOn: date,
  endedOn: date.nullable(),
  isKey: z.boolean(),
};

export const createPostBody = z.object({
  ...postFields,
  unitId: postFields.unitId.default(null),
  unitName: postFields.unitName.default(''),
  rank: postFields.rank.default(''),
  endedOn: postFields.endedOn.default(null),
  isKey: postFields.isKey.default(false),
});

export const updatePostBody = z.object(postFields).partial().extend({ version: versionField });
export const deletePostQuery = z.object({ version: versionQuery.shape.version.optional() });

export type CadreListItem = z.infer<typeof cadreListItemSchema>;
export type Cadre = z.infer<typeof cadreSchema>;
export type CreateCadreInput = z.infer<typeof createCadreBody>;
export type UpdateCadreInput = z.infer<typeof updateCadreBody>;
/** What a client sends (before the server's trimming and defaults). */
export type CreateCadreBody = z.input<typeof createCadreBody>;
export type UpdateCadreBody = z.input<typeof updateCadreBody>;
export type CadrePost = z.infer<typeof cadrePostSchema>;
export type CreatePostInput = z.infer<typeof createPostBody>;
export type UpdatePostInput = z.infer<typeof updatePostBody>;
export type CreatePostBody = z.input<typeof createPostBody>;
export type UpdatePostBody = z.input<typeof updatePostBody>;
