import type { BlockContent, DefinitionContent, List, Root, RootContent, Table } from 'mdast';
import type { VFile } from 'vfile';
import { MAX_TABLE_COLUMNS, type Block, type Run } from '../schema/index.js';
import { fail } from '../messages/report.js';
import { figurePlacement } from '../figures/placement.js';
import { toRuns } from './runs.js';
import { splitSentences } from './sentences.js';

type Kind = 'h' | 'p' | 'l' | 't' | 'f';

/**
 * The chapter body (mdast, frontmatter removed) → Book blocks. Ids are positional per kind (`<chapter>/p3`,
 * its sentences `<chapter>/p3/s2`), so a corrected typo keeps every id — and the learner's Anki history.
 */
export function toBlocks(file: VFile, chapterId: string, root: Root): Block[] {
  const chapterCounters: Record<Kind, number> = { h: 0, p: 0, l: 0, t: 0, f: 0 };
  let counters = chapterCounters;
  let prefix = chapterId;
  const nextId = (kind: Kind) => `${prefix}/${kind}${++counters[kind]}`;
  const blocks: Block[] = [];

  const convert = (node: RootContent, editorial: boolean): void => {
    switch (node.type) {
      case 'yaml':
        return;
      case 'heading': {
        if (node.depth < 2 || node.depth > 4) {
          fail(file, 'heading-depth', `A level-${node.depth} heading`, node.position);
          return;
        }
        const runs = toRuns(file, node.children);
        if (runs.length) blocks.push({ type: 'heading', id: nextId('h'), depth: node.depth as 2 | 3 | 4, runs });
        return;
      }
      case 'paragraph': {
        const runs = toRuns(file, node.children);
        if (!runs.length) return;
        const id = nextId('p');
        const sentences = splitSentences(runs).map((sentenceRuns, i) => ({ id: `${id}/s${i + 1}`, runs: sentenceRuns }));
        blocks.push({ type: 'paragraph', id, editorial, sentences });
        return;
      }
      case 'list':
        blocks.push(listBlock(file, nextId('l'), node, editorial));
        return;
      case 'table':
        blocks.push(tableBlock(file, nextId('t'), node, editorial));
        return;
      case 'containerDirective':
        if (node.name !== 'editorial') {
          fail(file, 'directive-unknown', `Unknown directive :::${node.name}`, node.position);
          return;
        }
        if (editorial) {
          fail(file, 'editorial-nested', 'An :::editorial block inside another', node.position);
          return;
        }
        {
          const first = blocks.length;
          // An editorial block with an id (:::editorial{#name}) numbers its blocks inside that id, so adding it
          // renumbers nothing after it (sentence ids are Anki guids: a learner's history hangs on them).
          const named = node.attributes?.id;
          if (named) {
            if (!/^[a-z][a-z0-9-]*$/.test(named)) fail(file, 'editorial-id', `Editorial block id "${named}"`, node.position);
            prefix = `${chapterId}/${named}`;
            counters = { h: 0, p: 0, l: 0, t: 0, f: 0 };
          }
          for (const child of node.children) convert(child, true);
          prefix = chapterId;
          counters = chapterCounters;
          const about = node.attributes?.about;
          if (about !== undefined && about !== null) {
            const corrected = correctedSentence(blocks.slice(0, first), about);
            if (!corrected) fail(file, 'editorial-about', `No source sentence before this editorial block contains "${about}"`, node.position);
            else for (const block of blocks.slice(first)) if (block.type === 'paragraph' || block.type === 'list') block.corrects = [corrected];
          }
        }
        return;
      case 'leafDirective':
        if (node.name === 'figure') {
          if (editorial) fail(file, 'figure-placement', 'A figure inside an :::editorial block', node.position);
          else {
            const figure = figurePlacement(file, nextId('f'), node);
            if (figure) blocks.push(figure);
          }
          return;
        }
        fail(file, 'directive-unknown', `Unknown directive ::${node.name}`, node.position);
        return;
      case 'html':
        // A block of raw HTML becomes a paragraph of plain text (reported as a warning by toRuns).
        convert({ type: 'paragraph', children: [node], position: node.position }, editorial);
        return;
      case 'definition':
      case 'footnoteDefinition':
      case 'thematicBreak':
      case 'blockquote':
      case 'code':
      default:
        fail(file, 'markdown-unsupported', `Unsupported Markdown (${node.type})`, node.position);
    }
  };

  for (const node of root.children) convert(node, false);
  return blocks;
}

/** The id of the nearest source sentence (or list item) before an editorial block whose text contains `about`. */
function correctedSentence(before: readonly Block[], about: string): string | undefined {
  for (let b = before.length - 1; b >= 0; b--) {
    const block = before[b]!;
    if (block.type !== 'paragraph' && block.type !== 'list') continue;
    if (block.editorial) continue;
    const units = block.type === 'paragraph' ? block.sentences : block.items;
    for (let u = units.length - 1; u >= 0; u--) {
      if (units[u]!.runs.map((run) => run.text).join('').includes(about)) return units[u]!.id;
    }
  }
  return undefined;
}

function listBlock(file: VFile, id: string, list: List, editorial: boolean): Block {
  const items: { id: string; runs: Run[] }[] = [];
  list.children.forEach((item) => {
    const runs: Run[] = [];
    for (const child of item.children as (BlockContent | DefinitionContent)[]) {
      if (child.type === 'list') fail(file, 'list-nested', 'A list inside a list', child.position);
      else if (child.type === 'paragraph') runs.push(...(runs.length ? [{ text: ' ' }] : []), ...toRuns(file, child.children));
      else fail(file, 'list-item-content', `A ${child.type} inside a list item`, child.position);
    }
    if (runs.length) items.push({ id: `${id}/i${items.length + 1}`, runs });
  });
  if (!items.length) fail(file, 'list-item-content', 'A list without text', list.position);
  return { type: 'list', id, editorial, ordered: Boolean(list.ordered), items };
}

function tableBlock(file: VFile, id: string, table: Table, editorial: boolean): Block {
  const columns = Math.max(0, ...table.children.map((row) => row.children.length));
  if (columns > MAX_TABLE_COLUMNS) fail(file, 'table-too-wide', `A table of ${columns} columns (at most ${MAX_TABLE_COLUMNS} fit the page)`, table.position);
  const [head, ...body] = table.children.map((row) => row.children.map((cell) => toRuns(file, cell.children)));
  return { type: 'table', id, editorial, header: head ?? [], rows: body };
}
