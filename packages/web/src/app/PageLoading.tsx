import { Spin } from 'antd';
import { T } from '../i18n/zh-CN';

/** Shown while a route's chunk or the session is loading. */
export function PageLoading() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', alignItems: 'center', minHeight: 240 }}>
      <Spin tip={T.loading}>
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </div>
  );
}
