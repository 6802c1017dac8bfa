import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { T } from '../../i18n/zh-CN';
import { ApiError } from '../api/api-error';
import { isSessionError } from '../api/client';
import { applyFieldErrors, type FieldErrorOptions } from './field-errors';

export interface HandleOptions extends FieldErrorOptions {
  /** Form whose inputs should show `details.fields`. */
  form?: FormInstance;
  /** What "刷新" does after a 409 VERSION_CONFLICT; defaults to reloading the page. */
  onReload?: () => unknown;
}

/**
 * One place that turns an API failure into what the user sees: field errors beside their inputs, a reload prompt for
 * a stale write, the server's Chinese message otherwise.
 */
export function useApiErrorHandler() {
  const { message, modal } = App.useApp();
  return useCallback(
    (error: unknown, options: HandleOptions = {}) => {
      if (isSessionError(error)) return;
      if (!(error instanceof ApiError)) {
        message.error(error instanceof Error && error.message ? error.message : T.unknownError);
        return;
      }
      if (error.code === 'VERSION_CONFLICT') {
        modal.confirm({
          title: T.conflictTitle,
          content: T.conflict,
          okText: T.reload,
          cancelText: T.cancel,
          onOk: () => (options.onReload ? options.onReload() : window.location.reload()),
        });
        return;
      }
      if (options.form && error.fields.length > 0) {
        const unmatched = applyFieldErrors(options.form, error.fields, options);
        const rest = unmatched.map((issue) => (issue.path ? `${issue.path}：${issue.message}` : issue.message));
        message.error(rest.length > 0 ? `${error.message}（${rest.join('；')}）` : '请按提示修改标红的内容');
        return;
      }
      message.error(error.message);
    },
    [message, modal],
  );
}
