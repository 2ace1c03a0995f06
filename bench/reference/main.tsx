// The bench's reference: the least a React + Recharts page can cost — one line chart of static data, nothing else.
import { createRoot } from 'react-dom/client';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

const data = [
  { year: 2014, value: 12 },
  { year: 2015, value: 19 },
  { year: 2016, value: 23 },
  { year: 2017, value: 31 },
  { year: 2018, value: 36 },
  { year: 2019, value: 42 },
  { year: 2020, value: 40 },
  { year: 2021, value: 47 },
  { year: 2022, value: 55 },
  { year: 2023, value: 61 },
  { year: 2024, value: 66 },
  { year: 2025, value: 72 },
];

function ReferenceChart() {
  return (
    <LineChart width={640} height={320} data={data}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="year" />
      <YAxis />
      <Tooltip />
      <Line type="monotone" dataKey="value" stroke="#1f6fb2" />
    </LineChart>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<ReferenceChart />);
