// A headline figure: label, value and a note (coverage, change).
import type { ReactNode } from 'react';

interface StatProps {
  readonly label: string;
  readonly value: ReactNode;
  readonly note?: ReactNode;
}

export function Stat({ label, value, note }: StatProps) {
  return (
    <div className="stat">
      <dt className="stat__label">{label}</dt>
      <dd className="stat__value">{value}</dd>
      {note ? <dd className="stat__note">{note}</dd> : null}
    </div>
  );
}
