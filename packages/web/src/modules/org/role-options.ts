import { ROLE_CODES } from '@dandang/shared/org/permissions';
import { ROLE_LABELS } from '../../i18n/zh-CN';

export const ROLE_OPTIONS = ROLE_CODES.map((code) => ({ value: code, label: ROLE_LABELS[code] }));
