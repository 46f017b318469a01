import { describe, expect, it } from 'vitest';
import { barChartSvg } from './bar-chart-svg';

describe('a dashboard chart for a document', () => {
  it('draws a bar per item, its value in the document style and its label', () => {
    const svg = barChartSvg({
      title: 'Мероприятия по месяцам',
      bars: [
        { label: 'июл. 2026', value: 4 },
        { label: 'авг. 2026', value: 2350 },
        { label: 'сент. 2026', value: 0 },
      ],
      width: 600,
      height: 240,
    });
    expect(svg.match(/<rect x=/g)).toHaveLength(3);
    expect(svg).toContain('>2\u00a0350<');
    expect(svg).toContain('>сент. 2026<');
    expect(svg).toContain('>Мероприятия по месяцам<');
    // The largest bar fills the plot; an empty month has no height.
    const heights = [...svg.matchAll(/<rect x="[^"]+" y="\d+" width="[^"]+" height="(\d+)"/g)].map((m) => Number(m[1]));
    expect(heights).toEqual([Math.round((4 / 2350) * 166), 166, 0]);
  });

  it('escapes text that would break the picture', () => {
    expect(barChartSvg({ title: 'A & <B>', bars: [], width: 100, height: 100 })).toContain('A &amp; &lt;B&gt;');
  });
});
