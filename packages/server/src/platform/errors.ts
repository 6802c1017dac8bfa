import { IMPORT_ERROR_CODES } from '@dandang/shared/cadres/cadre-import.schema';

/**
 * Every error the API can answer with. The table is exhaustive by type: adding a code without its HTTP status and
 * Chinese message does not compile, so no error can fall through to a 500.
 */
export const ERROR_TABLE = {
  VALIDATION_FAILED: { status: 400, message: '提交的数据有误' },
  PASSWORD_POLICY: { status: 400, message: '新密码不符合密码规则' },
  AUTH_REQUIRED: { status: 401, message: '请先登录' },
  AUTH_INVALID_CREDENTIALS: { status: 401, message: '用户名或密码错误' },
  AUTH_PASSWORD_CHANGE_REQUIRED: { status: 403, message: '首次登录或密码已重置，请先修改密码' },
  CSRF_INVALID: { status: 403, message: '请求校验失败，请刷新页面后重试' },
  FORBIDDEN: { status: 403, message: '没有执行此操作的权限' },
  NOT_FOUND: { status: 404, message: '记录不存在或无权访问' },
  ROUTE_NOT_FOUND: { status: 404, message: '接口不存在' },
  VERSION_CONFLICT: { status: 409, message: '数据已被他人修改，请刷新后重试' },
  DUPLICATE: { status: 409, message: '记录已存在' },
  UNIT_NOT_EMPTY: { status: 409, message: '单位下还有下级单位或人员，不能删除' },
  UNIT_MOVE_INTO_DESCENDANT: { status: 409, message: '不能把单位移动到它自己或它的下级单位之下' },
  POLICY_NOT_DRAFT: { status: 409, message: '只有草稿状态的政策版本可以修改' },
  STATE_CONFLICT: { status: 409, message: '当前状态下不能执行此操作' },
  SAME_FACTS_DECIDED: { status: 409, message: '同一事实不得重复问责' },
  APPEAL_PERIOD_ENDED: { status: 422, message: '申诉期限已届满' },
  REDACTION_INCOMPLETE: { status: 422, message: '典型案例仍含可识别当事人的信息，不能发布' },
  BALLOT_CODE_INVALID: { status: 404, message: '测评码无效或已被使用' },
  GRADE_NOT_ALLOWED: { status: 422, message: '该人员不能确定为这个等次' },
  QUOTA_EXCEEDED: { status: 422, message: '超过优秀等次名额' },
  SCORES_INCOMPLETE: { status: 409, message: '还有考核对象的得分不完整' },
  TARGET_HAS_CHILDREN: { status: 409, message: '该目标已分解出下级目标，请先删除下级目标' },
  PROGRESS_PENDING: { status: 409, message: '该目标还有待确认的进展，请待审核后再填报' },
  EVIDENCE_TYPE_NOT_ALLOWED: { status: 415, message: '佐证材料的文件类型不受支持' },
  AUTH_LOCKED: { status: 423, message: '登录失败次数过多，账号已临时锁定' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容过大' },
  RATE_LIMITED: { status: 429, message: '请求过于频繁，请稍后再试' },
  INTERNAL: { status: 500, message: '服务器内部错误，请联系管理员' },
  IMPORT_NOT_XLSX: { status: 400, message: IMPORT_ERROR_CODES.IMPORT_NOT_XLSX },
  IMPORT_ENCRYPTED: { status: 400, message: IMPORT_ERROR_CODES.IMPORT_ENCRYPTED },
  IMPORT_ZIP_BOMB: { status: 400, message: IMPORT_ERROR_CODES.IMPORT_ZIP_BOMB },
  IMPORT_SHEET_MISSING: { status: 400, message: IMPORT_ERROR_CODES.IMPORT_SHEET_MISSING },
  IMPORT_HEADERS_INVALID: { status: 400, message: IMPORT_ERROR_CODES.IMPORT_HEADERS_INVALID },
  IMPORT_ROW_COUNT: { status: 400, message: IMPORT_ERROR_CODES.IMPORT_ROW_COUNT },
  IMPORT_STALE: { status: 409, message: IMPORT_ERROR_CODES.IMPORT_STALE },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_TABLE;

export interface FieldIssue {
  path: string;
  message: string;
}

export interface ErrorDetails {
  fields?: FieldIssue[];
  [key: string]: unknown;
}

/** A business "no" thrown by services; the HTTP layer turns it into `{ code, message, details }`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: ErrorDetails,
    message?: string,
  ) {
    super(message ?? ERROR_TABLE[code].message);
  }

  get status(): number {
    return ERROR_TABLE[this.code].status;
  }
}

/** A validation error naming every bad field, with one Chinese sentence that lists them all. */
export function validationError(fields: FieldIssue[]): DomainError {
  const names = fields.map((f) => (f.path ? `${f.path}：${f.message}` : f.message)).join('；');
  return new DomainError('VALIDATION_FAILED', { fields }, `提交的数据有误：${names}`);
}

export const notFound = (): DomainError => new DomainError('NOT_FOUND');
