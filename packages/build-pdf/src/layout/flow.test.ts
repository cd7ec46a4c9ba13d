import { describe, expect, it } from 'vitest';
import { ClusterFont } from '../font/cluster-font.js';
import type { FontSet } from '../pdf/text-ops.js';
import { shape } from '../shaping/shaper.js';
import { Flow } from './flow.js';
import { leading, margin, type } from './geometry.js';

function flow(): Flow {
  const regular = new ClusterFont('regular', shape('regular', ' ')[0]!.gid);
  const bold = new ClusterFont('bold', shape('bold', ' ')[0]!.gid);
  const fonts: FontSet = { get: (w) => (w === 'bold' ? { font: bold, resourceName: 'F2' } : { font: regular, resourceName: 'F1' }) };
  const f = new Flow(fonts, (href) => href.slice(1));
  f.newPage('शीर्षक');
  return f;
}

const text = 'यदि इस ग्रंथि की क्रिया बढ़ जाती है तो प्रजनन अंगों की अत्यंत वृद्धि होती है और यदि शरीर का वृद्धिकाल समाप्त नहीं हो चुका रहता है तो दीर्घकायता उत्पन्न हो जाती है।';
const lh = leading(type.body);

function pagesOfLines(roomInLines: number): number[] {
  const f = flow();
  f.y = margin.bottom + roomInLines * lh + 0.01;
  const pages: number[] = [];
  f.paragraph([{ text: `${text} ${text}`, weight: 'regular' }], { size: type.body, node: null, onLine: (_, page) => pages.push(page.number) });
  return pages;
}

describe('Flow.paragraph page breaks', () => {
  it('moves a paragraph whose first line alone would fit to the next page (no orphan)', () => {
    const pages = pagesOfLines(1);
    expect(pages.every((p) => p === 2)).toBe(true);
  });

  it('takes a line along so the last line never stands alone at the top (no widow)', () => {
    const total = pagesOfLines(100).length;
    expect(total).toBeGreaterThanOrEqual(3);
    const pages = pagesOfLines(total - 1);
    expect(pages.filter((p) => p === 2).length).toBe(2);
  });

  it('splits normally when both parts keep two lines', () => {
    const total = pagesOfLines(100).length;
    const pages = pagesOfLines(2);
    expect(pages.filter((p) => p === 1).length).toBe(2);
    expect(pages.length).toBe(total);
  });
});
