import { figureText } from '@dandang/shared/dashboard/dashboard.rules';
import type { KpiFigure, KpiTone } from '@dandang/shared/dashboard/dashboard.schema';
import { Card, Statistic, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { drillPath } from '../hooks/dashboardApi';

const TONE_COLORS: Record<KpiTone, string | undefined> = { normal: undefined, warning: '#d46b08', danger: '#cf1322' };
const BASIS_TAGS = { stock: '当前', flow: '本年', share: '当前' } as const;

/** One figure: the number (a share as 已完成/总数 with its percentage), its breakdown, and a link to the rows behind it. */
export function KpiTile({ figure: f }: { figure: KpiFigure }) {
  const color = TONE_COLORS[f.tone];
  return (
    <Link to={drillPath(f.code)} aria-label={`${f.label}：${figureText(f)}，查看明细`} data-kpi={f.code}>
      <Card hoverable size="small" style={{ height: '100%', borderTop: color ? `3px solid ${color}` : undefined }}>
        <Statistic
          title={
            <span>
              {f.label}
              <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                {BASIS_TAGS[f.basis]}
              </Typography.Text>
            </span>
          }
          value={f.basis === 'share' ? (f.percent ?? '—') : f.value}
          suffix={f.basis === 'share' ? (f.percent === null ? '' : '%') : f.unit}
          valueStyle={{ color, fontSize: 26 }}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', minHeight: 20 }}>
          {f.basis === 'share' ? `${f.value} / ${f.total ?? 0} ${f.unit}` : f.parts.map((p) => `${p.label} ${p.value}`).join(' · ')}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: f.hint }}>
          {f.hint}
        </Typography.Text>
      </Card>
    </Link>
  );
}
