/**
 * The before/after bar chart of What if… (SPEC §13) as inline SVG: no
 * library, nothing loaded. Pure: `barChart` lays the chart out as a tree of
 * SVG elements, which the dialog turns into DOM nodes (text as text nodes,
 * never parsed) and `svgMarkup` into escaped markup (for tests and pictures).
 *
 * One group per bucket, the before bar (grey) beside the after bar (blue);
 * a vertical scale from 0 (or below, for a negative amount) to a round number
 * at or above the largest value, in at most about five steps, whole steps
 * when every value is whole; large numbers are shortened on the axis (`1.5M`,
 * `1,5 млн`). Each bar has a tooltip, and the whole chart a title and a
 * description listing every value, for screen readers.
 */
import type { Lang } from '../../app/api';
import { amountText, txIn } from '../shared/i18n';

export type { Lang };

export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  children: (SvgNode | string)[];
}

export interface ChartInput {
  title: string;
  buckets: readonly { label: string; before: number; after: number }[];
  /** The legend's words for the two series. */
  before: string;
  after: string;
  lang: Lang;
  /** Makes the title's and description's ids unique in the page. */
  id?: string;
}

/** The chart's geometry, in SVG units (pixels at 100%). */
export const LAYOUT = {
  width: 840,
  /** Group width below which the chart grows wider (and its box scrolls). */
  minGroup: 44,
  left: 56,
  right: 8,
  top: 30,
  plot: 160,
  bottom: 36,
  maxBar: 28,
  colors: { before: '#9aa0a6', after: '#1a73e8', grid: '#e0e0e0', text: '#3c4043' },
} as const;

const node = (tag: string, attrs: SvgNode['attrs'] = {}, ...children: (SvgNode | string)[]): SvgNode => ({ tag, attrs, children });

/** A number to 12 significant digits: 0.1 × 3 is 0.3. */
const clean = (n: number) => Number(n.toPrecision(12));

/** 1, 2 or 5 times a power of ten, at or above `x` (> 0). */
function niceStep(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  const f = x / power;
  return clean((f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power);
}

/** The vertical scale: from `low` to `high` in steps of `step`, 0 included. */
export function scaleOf(values: readonly number[]): { low: number; high: number; step: number; ticks: number[] } {
  const finite = values.filter((v) => Number.isFinite(v));
  const max = Math.max(0, ...finite);
  const min = Math.min(0, ...finite);
  let step = max === min ? 1 : niceStep((max - min) / 4);
  if (finite.every((v) => Number.isInteger(v))) step = Math.max(step, 1);
  const low = clean(Math.floor(min / step) * step);
  const high = Math.max(clean(Math.ceil(max / step) * step), low + step);
  const ticks: number[] = [];
  for (let k = 0; clean(low + k * step) <= high; k++) ticks.push(clean(low + k * step));
  return { low, high, step, ticks };
}

const UNITS: readonly [number, (lang: Lang, digits: string) => string][] = [
  [1e9, (lang, digits) => txIn(lang)`${digits}B`],
  [1e6, (lang, digits) => txIn(lang)`${digits}M`],
  [1e3, (lang, digits) => txIn(lang)`${digits}K`],
];

/** A number short enough for an axis or a bar: `1,234`, `25K`, `1.5M`; `1 234`, `25 тыс.`, `1,5 млн`. */
export function shortNumber(n: number, lang: Lang): string {
  const abs = Math.abs(n);
  if (abs < 10_000) return amountText(n, lang);
  for (const [unit, written] of UNITS) {
    if (abs < unit) continue;
    return written(lang, amountText(Math.sign(n) * Number((abs / unit).toPrecision(3)), lang));
  }
  return amountText(n, lang);
}

/** A label cut to about `width` pixels of 11-px text, with an ellipsis. */
function fitted(label: string, width: number): string {
  const max = Math.max(3, Math.floor(width / 6.5));
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

/** The chart for these buckets (an empty list gives the axes and a legend only). */
export function barChart(input: ChartInput): SvgNode {
  const { buckets, lang } = input;
  const L = LAYOUT;
  const values = buckets.flatMap((b) => [b.before, b.after]);
  const scale = scaleOf(values);
  const width = Math.max(L.width, L.left + L.right + buckets.length * L.minGroup);
  const group = (width - L.left - L.right) / Math.max(buckets.length, 1);
  const bar = Math.min(L.maxBar, Math.max(4, (group * 0.7) / 2));
  const y = (v: number) => clean(L.top + ((scale.high - v) / (scale.high - scale.low)) * L.plot);
  const zero = y(0);
  const height = L.top + L.plot + L.bottom;
  const id = input.id ?? 'whatif-chart';
  const full = (v: number) => amountText(v, lang);
  const description = buckets.map((b) => `${b.label}: ${input.before} ${full(b.before)}, ${input.after} ${full(b.after)}`).join(txIn(lang, 'punctuation')`; `);

  const grid = scale.ticks.map((tick) =>
    node(
      'g',
      { class: 'tick' },
      node('line', { x1: L.left, x2: width - L.right, y1: y(tick), y2: y(tick), stroke: tick === 0 ? L.colors.text : L.colors.grid }),
      node('text', { x: L.left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, shortNumber(tick, lang)),
    ),
  );

  const barOf = (label: string, series: 'before' | 'after', given: number, x: number) => {
    const value = Number.isFinite(given) ? given : 0;
    const top = Math.min(y(value), zero);
    const size = clean(Math.abs(y(value) - zero));
    const word = series === 'before' ? input.before : input.after;
    return node(
      'g',
      { class: `bar ${series}` },
      node('rect', { x: clean(x), y: top, width: clean(bar), height: size, fill: L.colors[series] }, node('title', {}, `${label} — ${word}: ${full(value)}`)),
      node('text', { x: clean(x + bar / 2), y: clean(top - 3), 'text-anchor': 'middle', class: 'value' }, shortNumber(value, lang)),
    );
  };

  const groups = buckets.map((b, i) => {
    const center = L.left + group * i + group / 2;
    return node(
      'g',
      { class: 'bucket' },
      barOf(b.label, 'before', b.before, center - bar),
      barOf(b.label, 'after', b.after, center),
      node('text', { x: clean(center), y: L.top + L.plot + 16, 'text-anchor': 'middle', class: 'label' }, fitted(b.label, group), node('title', {}, b.label)),
    );
  });

  const legend = node(
    'g',
    { class: 'legend' },
    node('rect', { x: L.left, y: 6, width: 12, height: 12, fill: L.colors.before }),
    node('text', { x: L.left + 16, y: 16 }, input.before),
    node('rect', { x: L.left + 110, y: 6, width: 12, height: 12, fill: L.colors.after }),
    node('text', { x: L.left + 126, y: 16 }, input.after),
  );

  return node(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      'font-family': 'Arial, Helvetica, sans-serif',
      'font-size': 11,
      fill: L.colors.text,
    },
    node('title', { id: `${id}-title` }, input.title),
    node('desc', { id: `${id}-desc` }, description),
    legend,
    ...grid,
    ...groups,
  );
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escaped = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);

/** The tree as SVG markup, every text and attribute escaped. */
export function svgMarkup(tree: SvgNode | string): string {
  if (typeof tree === 'string') return escaped(tree);
  const attrs = Object.entries(tree.attrs)
    .map(([key, value]) => ` ${key}="${escaped(String(value))}"`)
    .join('');
  return `<${tree.tag}${attrs}>${tree.children.map(svgMarkup).join('')}</${tree.tag}>`;
}
