/**
 * What Compare shows: how many rows change, the changed rows (the first 100,
 * the rest counted), the totals before and after, and the before/after bar
 * chart as inline SVG built from chart.ts's tree with DOM calls (every label
 * a text node).
 */
import type { Lang } from '../../app/api';
import type { WhatIfCompared } from '../../app/whatIf/api';
import { byId, fill, h } from '../shared/dom';
import { type SvgNode, barChart } from './chart';
import type { Words } from './text';

const SVG = 'http://www.w3.org/2000/svg';

/** The chart's tree as SVG elements: attributes set one by one, texts as text nodes. */
export function svgElement(tree: SvgNode): SVGElement {
  const element = document.createElementNS(SVG, tree.tag);
  for (const [key, value] of Object.entries(tree.attrs)) if (key !== 'xmlns') element.setAttribute(key, String(value));
  for (const child of tree.children) element.appendChild(typeof child === 'string' ? document.createTextNode(child) : svgElement(child));
  return element;
}

export function showResults(result: WhatIfCompared, t: Words, lang: Lang): void {
  byId('results').hidden = false;
  fill(byId('summary'), t.summary(result.changedCount, result.rows));
  byId('stale').hidden = !result.stale;
  fill(byId('stale'), t.stale);
  fill(byId('changed-label'), t.changed);
  fill(byId('h-name'), t.name);
  fill(byId('h-before'), t.before);
  fill(byId('h-after'), t.after);
  byId('changed').hidden = result.changed.length === 0;
  fill(
    byId('changed').querySelector('tbody')!,
    ...result.changed.map((row) =>
      h(
        'tr',
        {},
        h('td', { class: 'name' }, row.name),
        h('td', { class: 'before' }, row.before),
        h('td', { class: 'arrow', 'aria-hidden': 'true' }, '→'),
        h('td', { class: 'after' }, row.after),
      ),
    ),
  );
  byId('changed-label').hidden = result.changed.length === 0;
  fill(byId('more'), result.more > 0 ? t.more(result.more) : '');
  fill(byId('totals-label'), t.totals);
  fill(byId('h-total'), t.total);
  fill(byId('h-total-before'), t.before);
  fill(byId('h-total-after'), t.after);
  byId('totals').hidden = result.totals.length === 0;
  byId('totals-label').hidden = result.totals.length === 0;
  fill(
    byId('totals').querySelector('tbody')!,
    ...result.totals.map((total) =>
      h('tr', {}, h('th', { scope: 'row' }, total.label), h('td', { class: 'num before' }, total.before), h('td', { class: 'num after' }, total.after)),
    ),
  );
  fill(byId('chart-title'), result.chart.title);
  const chart = barChart({ title: result.chart.title, buckets: result.chart.buckets, before: t.before, after: t.after, lang });
  fill(byId('chart'), svgElement(chart));
}

export function hideResults(): void {
  byId('results').hidden = true;
  byId('results').classList.remove('outdated');
}
