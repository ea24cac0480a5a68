// The floor the dashboard is measured against: the dashboard's first chart (GDP and
// industrial value added, 2020–2025, line chart with grid, axes, tooltip and legend) drawn with
// only react-dom and recharts from a static JSON file. No router, no query cache, no
// validation, no i18n, no styles: what any app drawing this chart cannot do without. A "To"
// year select redraws it for another range, so a filter change has a floor too.
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { whenChartDrawn } from '../../src/lib/chart-drawn';

interface FloorSeries {
  indicatorId: string;
  points: { period: string; value: number | null }[];
}
type Row = Record<string, number | null>;

const COLORS = ['#0072B2', '#D55E00'];

function toRows(series: FloorSeries[], to: number): Row[] {
  const rows: Row[] = [];
  for (let year = 2020; year <= to; year++) {
    const row: Row = { year };
    for (const s of series) row[s.indicatorId] = s.points.find((p) => Number(p.period) === year)?.value ?? null;
    rows.push(row);
  }
  return rows;
}

// Asked for as the code starts, not after a first render: the floor waits for nothing it need not.
const firstChart = fetch('./first-chart.json').then((response) => response.json() as Promise<{ series: FloorSeries[] }>);

function FloorChart() {
  const [series, setSeries] = useState<FloorSeries[] | null>(null);
  const [to, setTo] = useState(2025);
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    void firstChart.then((body) => setSeries(body.series));
  }, []);
  useEffect(() => {
    // The same moment the dashboard marks (src/lib/chart-drawn.ts): the chart's lines are drawn.
    const section = sectionRef.current;
    if (series && section) return whenChartDrawn(section, () => performance.mark('dashboard:first-chart'));
  }, [series]);
  if (!series) return null;
  return (
    <section data-panel="macro" ref={sectionRef}>
      <label htmlFor="to">To</label>
      <select id="to" value={to} onChange={(event) => setTo(Number(event.target.value))}>
        <option value={2024}>2024</option>
        <option value={2025}>2025</option>
      </select>
      <figure style={{ width: 640, height: 280 }}>
      {/* Its size given (the figure is 640 × 280): recharts draws it at once. The dashboard's first
          chart starts from a guessed size (trend-chart.tsx) that its container corrects once measured. */}
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 280 }}>
        <ComposedChart data={toRows(series, to)}>
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
      </figure>
    </section>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<FloorChart />);
