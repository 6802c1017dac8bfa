import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useApiErrorHandler } from './useApiErrorHandler';

export interface ModalSubmitOptions<T> {
  /** The success message, e.g. 已保存. */
  done: string;
  /** After a successful write, with its answer. */
  onDone: (result: T) => unknown;
  /** What 刷新 does after a stale write (409 VERSION_CONFLICT). */
  onReload: () => unknown;
}

/**
 * The end of a modal form's onFinish: runs the one write, then shows `done` and calls onDone; on failure shows the
 * error on the form and keeps the modal open. The answer is what onFinish returns: whether the modal may close.
 */
export function useModalSubmit(form: FormInstance) {
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  return useCallback(
    async <T>(write: () => Promise<T>, { done, onDone, onReload }: ModalSubmitOptions<T>): Promise<boolean> => {
      try {
        const result = await write();
        message.success(done);
        onDone(result);
        return true;
      } catch (error) {
        handleError(error, { form, onReload });
        return false;
      }
    },
    [form, handleError, message],
  );
}
