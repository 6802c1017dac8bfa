import { Card, Col, Descriptions, Row, Space, Tag } from 'antd';
import { ROLE_LABELS } from '../../../i18n/zh-CN';
import { Page } from '../../../layout/Page';
import { useMe } from '../../../platform/auth/AuthContext';
import { PermissionList } from '../components/PermissionList';
import { QuickLinks } from '../components/QuickLinks';

/** The signed-in user's own summary: who they are, what they may do, and where to go. */
export function WorkbenchPage() {
  const me = useMe();
  return (
    <Page title={`您好，${me.displayName}`}>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card title="常用功能" size="small">
          <QuickLinks me={me} />
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={9}>
            <Card title="我的账号" size="small" style={{ height: '100%' }}>
              <Descriptions column={1} size="small">
                <Descriptions.Item label="姓名">{me.displayName}</Descriptions.Item>
                <Descriptions.Item label="用户名">{me.username}</Descriptions.Item>
                <Descriptions.Item label="所在单位">{me.unitName ?? '未分配单位'}</Descriptions.Item>
                <Descriptions.Item label="角色">
                  {me.roles.length === 0 ? (
                    '未分配角色'
                  ) : (
                    <Space size={[4, 4]} wrap>
                      {me.roles.map((role) => (
                        <Tag key={role} color="red">
                          {ROLE_LABELS[role] ?? role}
                        </Tag>
                      ))}
                    </Space>
                  )}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </Col>
          <Col xs={24} lg={15}>
            <Card title="我的权限" size="small" style={{ height: '100%' }}>
              <PermissionList me={me} />
            </Card>
          </Col>
        </Row>
      </Space>
    </Page>
  );
}
