// The balance month by month as a small SVG line chart (no chart library: the portal's budget).
// The same figures are in the table next to it, for screen readers and for reading exact values.
import { useId } from 'react';
import type { MonthPoint } from './series.ts';

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 16, right: 16, bottom: 36, left: 44 };

export function BalanceChart({
  points,
  title,
  description,
  monthLabel,
}: {
  points: MonthPoint[];
  title: string;
  description: string;
  monthLabel: (month: string) => string;
}) {
  const id = useId();
  const values = points.map((p) => p.balance);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) => PAD.left + (points.length === 1 ? innerW / 2 : (index * innerW) / (points.length - 1));
  const y = (value: number) => PAD.top + ((max - value) * innerH) / span;
  const path = points
    .map((p, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${y(p.balance).toFixed(1)}`)
    .join(' ');
  // At most ~6 month labels, always the first and the last.
  const step = Math.max(1, Math.ceil(points.length / 6));
  return (
    <svg
      className="ct-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} className="ct-zero" />
      <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end" className="ct-label">
        {max}
      </text>
      {min !== max && (
        <text x={PAD.left - 6} y={y(min) + 4} textAnchor="end" className="ct-label">
          {min}
        </text>
      )}
      {min !== 0 && max !== 0 && (
        <text x={PAD.left - 6} y={y(0) + 4} textAnchor="end" className="ct-label">
          0
        </text>
      )}
      <path d={path} className="ct-line" />
      {points.map((p, index) => (
        <circle
          key={p.month}
          cx={x(index)}
          cy={y(p.balance)}
          r={4}
          className={p.balance < 0 ? 'ct-point ct-negative' : 'ct-point'}
        />
      ))}
      {points.map((p, index) =>
        index % step === 0 || index === points.length - 1 ? (
          <text key={p.month} x={x(index)} y={HEIGHT - 12} textAnchor="middle" className="ct-label">
            {monthLabel(p.month)}
          </text>
        ) : null,
      )}
    </svg>
  );
}
