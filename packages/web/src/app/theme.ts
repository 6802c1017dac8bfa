import type { ThemeConfig } from 'antd';

/** Brand red for the logo and login banner; a sober blue for actions, so red stays reserved for danger. */
export const BRAND_RED = '#b3151b';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5bb8',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
};
