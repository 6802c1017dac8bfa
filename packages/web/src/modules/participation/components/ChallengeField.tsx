import { ReloadOutlined } from '@ant-design/icons';
import type { ChallengeView } from '@dandang/shared/participation/participation-view.schema';
import { Button, Form, InputNumber, Space, Typography } from 'antd';

/** 验证题: the server's sum and the answer box; 换一题 fetches a new one (each is used once, right or wrong). */
export function ChallengeField({ challenge, onRefresh }: { challenge: ChallengeView | null; onRefresh: () => void }) {
  return (
    <Form.Item label="验证题" required>
      <Space.Compact style={{ width: '100%' }}>
        <Typography.Text
          strong
          style={{
            padding: '0 12px',
            display: 'flex',
            alignItems: 'center',
            background: '#fafafa',
            border: '1px solid #d9d9d9',
            borderRight: 0,
            borderRadius: '6px 0 0 6px',
            whiteSpace: 'nowrap',
          }}
        >
          {challenge ? challenge.question : '加载中…'}
        </Typography.Text>
        <Form.Item name="challengeAnswer" noStyle rules={[{ required: true, message: '请填写验证题答案' }]}>
          <InputNumber aria-label="验证题答案" placeholder="答案" min={0} max={1000} precision={0} inputMode="numeric" style={{ width: '100%' }} />
        </Form.Item>
        <Button aria-label="换一题" icon={<ReloadOutlined />} onClick={onRefresh} />
      </Space.Compact>
    </Form.Item>
  );
}
