// @ts-check
// Prints bench/results.json as the Markdown table the README shows: node bench/table.mjs
// (node bench/table.mjs bench/results-sync.json for a run of the sync part alone).
import { readFileSync } from 'node:fs';

const { measuredAt, machine, results } = JSON.parse(readFileSync(process.argv[2] ?? 'bench/results.json', 'utf8'));
/** @param {number | null} ms */
const time = (ms) => (ms === null ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
/** @param {{ unit: string; median: number }} row */
const value = (row) =>
  row.unit === '%'
    ? `${row.median.toFixed(1)} %`
    : row.unit === 'MB'
      ? `${row.median.toFixed(0)} MB`
      : time(row.median);
console.log(`Measured ${measuredAt.slice(0, 10)} on ${machine}.\n`);
console.log('| data set | operation | median | p95 | floor | ratio |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const row of results) {
  const floor = row.floor === null ? '—' : row.unit === '%' ? `${row.floor.toFixed(1)} %` : time(row.floor);
  const p95 = row.unit === 'ms' && row.runs > 1 ? time(row.p95) : '—';
  console.log(
    `| ${row.size} | ${row.operation} | ${value(row)} | ${p95} | ${floor} | ${row.ratio === null ? '—' : `×${row.ratio.toFixed(2)}`} |`,
  );
}
