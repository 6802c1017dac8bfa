import { Alert, Button } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';

/**
 * Catches render errors and failed chunk downloads (e.g. after a new version was deployed while the tab was open);
 * reloading fetches the new chunk names.
 */
export function RouteError() {
  const error = useRouteError();
  const text = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);
  return (
    <div style={{ maxWidth: 560, margin: '80px auto', padding: 16 }}>
      <Alert
        type="error"
        showIcon
        message="页面加载出错"
        description={`请刷新页面重试；如果问题仍然存在，请联系系统管理员。（${text}）`}
        action={<Button onClick={() => window.location.reload()}>刷新页面</Button>}
      />
    </div>
  );
}
