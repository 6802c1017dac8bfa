import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { T } from '../../../i18n/zh-CN';

export function ForbiddenPage() {
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={T.forbidden}
      subTitle={T.forbiddenHint}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {T.backHome}
        </Button>
      }
    />
  );
}
