// The floor the dashboard is measured against (issue #7): the dashboard's first chart (GDP and
// industrial value added, 2020–2025, line chart with grid, axes, tooltip and legend) drawn with
// only react-dom and recharts from a static JSON file. No router, no query cache, no
// validation, no i18n, no styles: what any app drawing this chart cannot do without.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

interface FloorSeries {
  indicatorId: string;
  points: { period: string; value: number | null }[];
}
type Row = Record<string, number | null>;

const COLORS = ['#0072B2', '#D55E00'];

function toRows(series: FloorSeries[]): Row[] {
  const rows: Row[] = [];
  for (let year = 2020; year <= 2025; year++) {
    const row: Row = { year };
    for (const s of series) row[s.indicatorId] = s.points.find((p) => Number(p.period) === year)?.value ?? null;
    rows.push(row);
  }
  return rows;
}

function FloorChart() {
  const [series, setSeries] = useState<FloorSeries[] | null>(null);
  useEffect(() => {
    void fetch('./first-chart.json')
      .then((response) => response.json() as Promise<{ series: FloorSeries[] }>)
      .then((body) => setSeries(body.series));
  }, []);
  useEffect(() => {
    // The same moment the dashboard marks: the chart has committed with its data.
    if (series) performance.mark('dashboard:first-chart');
  }, [series]);
  if (!series) return null;
  return (
    <div style={{ width: 640, height: 280 }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={toRows(series)}>
          <CartesianGrid vertical={false} />
          <XAxis dataKey="year" />
          <YAxis />
          <Tooltip />
          <Legend />
          {series.map((s, index) => (
            <Line key={s.indicatorId} dataKey={s.indicatorId} stroke={COLORS[index % COLORS.length]} connectNulls={false} />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<FloorChart />);
