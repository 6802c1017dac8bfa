import { Button, Result } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { APP_NAME, T } from '../../../i18n/zh-CN';

export function NotFoundPage() {
  const navigate = useNavigate();
  useEffect(() => {
    document.title = `${T.notFound} · ${APP_NAME}`;
  }, []);
  return (
    <Result
      status="404"
      title={T.notFound}
      subTitle={T.notFoundHint}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {T.backHome}
        </Button>
      }
    />
  );
}
