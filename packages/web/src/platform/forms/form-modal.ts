import type { ModalProps } from 'antd';

/**
 * How every form dialog opens and closes: its fields are rebuilt on each opening (nothing of the last entry is left
 * in them), and only 取消 or × close it, never a click beside it, which would throw a half-filled form away.
 */
export function formModalProps(onClose?: () => void): ModalProps {
  return { destroyOnHidden: true, maskClosable: false, ...(onClose ? { onCancel: onClose } : {}) };
}
