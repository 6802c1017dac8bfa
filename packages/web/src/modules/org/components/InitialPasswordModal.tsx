import { Alert, Modal, Typography } from 'antd';

export interface IssuedPassword {
  username: string;
  displayName: string;
  password: string;
  reason: 'created' | 'reset';
}

/**
 * The server returns an initial password exactly once and never stores it readable; this is the only moment it can
 * be copied and handed over.
 */
export function InitialPasswordModal({ issued, onClose }: { issued: IssuedPassword | null; onClose: () => void }) {
  return (
    <Modal
      open={issued !== null}
      title={issued?.reason === 'reset' ? '密码已重置' : '用户已创建'}
      onCancel={onClose}
      onOk={onClose}
      okText="我已记下"
      cancelButtonProps={{ style: { display: 'none' } }}
      maskClosable={false}
      destroyOnHidden
    >
      {issued && (
        <>
          <Typography.Paragraph>
            {issued.displayName}（用户名 <Typography.Text code>{issued.username}</Typography.Text>）的初始密码：
          </Typography.Paragraph>
          <Typography.Paragraph
            copyable={{ text: issued.password, tooltips: ['复制', '已复制'] }}
            style={{ fontSize: 20, fontFamily: 'monospace', letterSpacing: 1 }}
            aria-label="初始密码"
          >
            {issued.password}
          </Typography.Paragraph>
          <Alert type="warning" showIcon message="此密码只显示这一次，关闭后无法再查看。请当面或通过安全渠道告知本人，首次登录时须修改密码。" />
        </>
      )}
    </Modal>
  );
}
