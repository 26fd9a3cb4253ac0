/**
 * The What if… chart (src/dialogs/whatif/chart.ts): a pure inline-SVG builder. Bar heights are
 * worked out by hand from LAYOUT: the plot is 160 units high, its top at y = 30, so zero is at
 * y = 190 and a value v on a scale up to H is 160 × v / H high.
 */
import { describe, expect, it } from 'vitest';
import { type SvgNode, LAYOUT, barChart, scaleOf, shortNumber, svgMarkup } from '../../src/dialogs/whatif/chart';

/** Every element of a tree with this tag (and class, if given), in document order. */
function all(tree: SvgNode, tag: string, cls?: string): SvgNode[] {
  const own =
    tree.tag === tag &&
    (cls === undefined ||
      String(tree.attrs.class ?? '')
        .split(' ')
        .includes(cls))
      ? [tree]
      : [];
  return [...own, ...tree.children.flatMap((child) => (typeof child === 'string' ? [] : all(child, tag, cls)))];
}

const text = (tree: SvgNode): string => tree.children.map((c) => (typeof c === 'string' ? c : '')).join('');
const bars = (tree: SvgNode, series: 'before' | 'after') => all(tree, 'g', series).map((g) => all(g, 'rect')[0].attrs);

const chart = (buckets: { label: string; before: number; after: number }[], lang: 'en' | 'ru' = 'en') =>
  barChart({ title: 'Partners per tier', buckets, before: 'Before', after: 'After', lang });

describe('the What if… bar chart', () => {
  it('draws a before and an after bar per bucket, side by side, heights to scale', () => {
    expect(LAYOUT.plot).toBe(160);
    expect(LAYOUT.top).toBe(30);
    // largest value 4: steps of 1 up to 4, so a count of 1 is 40 high
    const tree = chart([
      { label: 'Silver', before: 2, after: 4 },
      { label: 'Gold', before: 0, after: 1 },
    ]);
    expect(bars(tree, 'before').map((b) => [b.y, b.height])).toEqual([
      [110, 80],
      [190, 0],
    ]);
    expect(bars(tree, 'after').map((b) => [b.y, b.height])).toEqual([
      [30, 160],
      [150, 40],
    ]);
    // side by side: the after bar starts where the before bar ends, in the middle of its group
    const [before, after] = [bars(tree, 'before')[0], bars(tree, 'after')[0]];
    expect(Number(before.x) + Number(before.width)).toBe(after.x);
    const group = (LAYOUT.width - LAYOUT.left - LAYOUT.right) / 2;
    expect(after.x).toBe(LAYOUT.left + group / 2);
    expect(all(tree, 'g', 'tick').map((g) => text(all(g, 'text')[0]))).toEqual(['0', '1', '2', '3', '4']);
  });

  it('keeps every bar at zero height, on a scale of 0 to 1, when all values are 0', () => {
    const tree = chart([{ label: 'Bronze', before: 0, after: 0 }]);
    expect(scaleOf([0, 0])).toEqual({ low: 0, high: 1, step: 1, ticks: [0, 1] });
    expect([...bars(tree, 'before'), ...bars(tree, 'after')].map((b) => [b.y, b.height])).toEqual([
      [190, 0],
      [190, 0],
    ]);
    expect(svgMarkup(tree)).not.toContain('NaN');
    expect(svgMarkup(chart([]))).not.toContain('NaN');
  });

  it('scales large amounts to a round top and shortens their labels', () => {
    // largest 1,234,567: a quarter is 308,641.75 → steps of 500,000, top 1,500,000
    expect(scaleOf([1_234_567, 600_000])).toEqual({ low: 0, high: 1_500_000, step: 500_000, ticks: [0, 500_000, 1_000_000, 1_500_000] });
    const tree = chart([{ label: 'Sum of discounts', before: 600_000, after: 1_234_567 }]);
    // 600,000 / 1,500,000 × 160 = 64; 1,234,567 / 1,500,000 × 160 = 131.6871466…
    expect(bars(tree, 'before')[0].height).toBe(64);
    expect(bars(tree, 'after')[0].height).toBeCloseTo(131.687146667, 6);
    expect(all(tree, 'g', 'tick').map((g) => text(all(g, 'text')[0]))).toEqual(['0', '500K', '1M', '1.5M']);
    expect(shortNumber(1_500_000, 'ru')).toBe('1,5 млн');
    expect(shortNumber(25_000, 'ru')).toBe('25 тыс.');
    expect(shortNumber(2_000_000_000, 'en')).toBe('2B');
    expect(shortNumber(1234.5, 'en')).toBe('1,234.5');
    expect(shortNumber(1234.5, 'ru')).toBe('1 234,5');
    // a share: steps of 0.1, not 0.1000000000004
    expect(scaleOf([0.3, 0.25])).toEqual({ low: 0, high: 0.3, step: 0.1, ticks: [0, 0.1, 0.2, 0.3] });
  });

  it('draws a negative amount below the zero line', () => {
    const tree = chart([{ label: 'Change', before: -5, after: 10 }]);
    // range −5 … 10 in steps of 5: 15 units over 160; zero at 30 + 10/15 × 160 = 136.666…
    const [down] = bars(tree, 'before');
    expect(down.y).toBeCloseTo(136.666666667, 6);
    expect(down.height).toBeCloseTo(53.333333333, 6);
    expect(bars(tree, 'after')[0]).toMatchObject({ y: 30 });
  });

  it('grows wider than the dialog for many buckets instead of thinning bars to nothing', () => {
    const buckets = Array.from({ length: 40 }, (_, i) => ({ label: `Referrer ${i + 1}`, before: i, after: i + 1 }));
    const tree = chart(buckets);
    expect(tree.attrs.width).toBe(LAYOUT.left + LAYOUT.right + 40 * LAYOUT.minGroup);
    expect(Number(bars(tree, 'after')[0].width)).toBeGreaterThanOrEqual(4);
  });

  it('is labelled for screen readers: a title, a description of every value, a tooltip per bar', () => {
    const tree = chart([{ label: 'Gold', before: 1500, after: 2 }], 'ru');
    expect(tree.attrs.role).toBe('img');
    expect(tree.attrs['aria-labelledby']).toBe('whatif-chart-title whatif-chart-desc');
    expect(text(all(tree, 'title')[0])).toBe('Partners per tier');
    expect(text(all(tree, 'desc')[0])).toBe('Gold: Before 1 500, After 2');
    expect(text(all(all(tree, 'g', 'before')[0], 'title')[0])).toBe('Gold — Before: 1 500');
    expect(text(all(all(tree, 'g', 'after')[0], 'title')[0])).toBe('Gold — After: 2');
  });

  it('escapes every label in the markup, and cuts a long one with its whole text in a tooltip', () => {
    const name = `<script>alert("x")</script> & 'Partners' ${'very long '.repeat(20)}`;
    const markup = svgMarkup(chart([{ label: name, before: 1, after: 2 }]));
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Partners&#39;');
    const tree = chart([{ label: name, before: 1, after: 2 }, ...Array.from({ length: 9 }, (_, i) => ({ label: `b${i}`, before: 0, after: 0 }))]);
    const label = all(tree, 'text', 'label')[0];
    // ten groups of 77.6 units: about 11 characters of 11-px text
    expect(text(label)).toBe(`${name.slice(0, 10)}…`);
    expect(text(all(label, 'title')[0])).toBe(name);
  });
});
