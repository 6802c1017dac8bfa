import { Card, Col, Empty, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { APP_ROUTES, canOpen, MENU_GROUPS } from '../../../app/routes';
import type { Me } from '../../../platform/auth/auth.types';

/** The pages this user may open, straight from the route registry, so a new module shows up here by itself. */
export function QuickLinks({ me }: { me: Me }) {
  const routes = APP_ROUTES.filter((route) => route.path !== '/' && !route.hideInMenu && canOpen(route, me));
  if (routes.length === 0) return <Empty description="暂无可用的功能，请联系系统管理员分配权限" />;
  return (
    <Row gutter={[16, 16]}>
      {routes.map((route) => (
        <Col key={route.path} xs={24} sm={12} lg={8} xl={6}>
          <Link to={route.path} aria-label={route.title}>
            <Card hoverable size="small" style={{ height: '100%' }}>
              <Card.Meta
                avatar={<span style={{ fontSize: 22, color: '#1d5bb8' }}>{route.icon}</span>}
                title={route.title}
                description={
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {route.group ? `${MENU_GROUPS[route.group].title} · ` : ''}
                    {route.description}
                  </Typography.Text>
                }
              />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
