import type { FigureBlock } from '@book/model';
import type { PageMap } from '@book/page-map';
import type { Flow } from './flow.js';
import { contentWidth, leading, margin, type as sizes, A5 } from './geometry.js';
import { structNode, type Form, type StructNode } from './page-model.js';

const num = (n: number): string => String(Math.round(n * 1000) / 1000);
/** Room kept below a figure for its caption (Hindi and English, up to two lines each). */
const CAPTION_ROOM = 4 * leading(sizes.small) + 8;

/**
 * A figure: its drawing (a form of vector operators from figure-ops.ts, placed by name) scaled to the content width or the page height,
 * the labels drawn over it as text in the cluster font, then the caption. Tagged as a Figure with the alt text
 * (drawing and labels inside it) followed by a Caption.
 */
export function figure(flow: Flow, block: FigureBlock, drawing: Form, parent: StructNode, pageMap: PageMap): void {
  const maxHeight = A5.height - margin.top - margin.bottom - CAPTION_ROOM;
  const scale = Math.min(contentWidth / block.width, maxHeight / block.height);
  const width = block.width * scale;
  const height = block.height * scale;
  flow.gap(6);
  flow.ensure(height + CAPTION_ROOM);
  flow.dest(block.id);
  pageMap.blocks[block.id] = flow.page.number;
  const left = margin.left + (contentWidth - width) / 2;
  const top = flow.y;
  const node = structNode('Figure', parent);
  node.alt = block.alt;
  flow.tagged(node, `q ${num(scale)} 0 0 ${num(-scale)} ${num(left)} ${num(top)} cm\n/${drawing.name} Do\nQ`);
  if (!flow.page.forms.includes(drawing)) flow.page.forms.push(drawing);
  for (const label of block.labels) {
    const size = label.size * scale;
    const line = flow.lines(flow.words([{ text: label.text, weight: 'regular' }], size), size, Number.POSITIVE_INFINITY)[0]!;
    const shift = label.anchor === 'end' ? line.width : label.anchor === 'middle' ? line.width / 2 : 0;
    flow.drawLine(line, left + label.x * scale - shift, top - label.y * scale, size, 0, node, 0.1);
  }
  flow.y = top - height - 6;
  const caption = structNode('Caption', parent);
  flow.paragraph([{ text: block.caption, weight: 'bold' }], { size: sizes.small, node: caption, align: 'center' });
  flow.paragraph([{ text: block.captionEn, weight: 'regular' }], { size: sizes.small, node: structNode('P', caption, 'en'), align: 'center', gray: 0.4, after: 8 });
}
