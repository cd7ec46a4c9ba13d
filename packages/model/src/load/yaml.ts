import { isAlias, isMap, isNode, isPair, isScalar, parseDocument, Scalar, visit, type Document } from 'yaml';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Point } from 'unist';
import { fail } from '../messages/report.js';
import { checkDecodedText, isCleanText } from './decoded-text.js';

export type YamlPath = readonly (string | number)[];

/** A parsed YAML document that can say where any value of it stands in the source file. */
export interface PositionedYaml {
  data: unknown;
  /** Position of the node at `path` (or of its nearest existing ancestor); `key` points at a map key instead. */
  place(path: YamlPath, key?: string): Point | undefined;
}

/**
 * Parse YAML embedded at `baseOffset` of `file` (0 for a whole .yaml file, the frontmatter start for a chapter).
 * Syntax errors and aliases are reported on the file; the result is undefined when the data cannot be trusted.
 */
export function parseYaml(file: VFile, source: string, baseOffset: number): PositionedYaml | undefined {
  const where = location(String(file.value));
  const at = (offset: number): Point | undefined => where.toPoint(baseOffset + offset);
  const doc = withPlainEnv(() => parseDocument(source, { uniqueKeys: true, prettyErrors: false, strict: true }));
  for (const error of doc.errors) {
    fail(file, 'yaml-syntax', `YAML: ${firstLine(error.message)}`, at(error.pos[0]));
  }
  let aliases = 0;
  // An alias is written `*name`: YAML without a `*` has none, and a big book need not be walked to know it.
  if (source.includes('*')) visit(doc, {
    Alias(_, node) {
      aliases++;
      fail(file, 'yaml-alias', `YAML alias *${node.source} is not allowed`, node.range ? at(node.range[0]) : undefined);
      return aliases > 20 ? visit.BREAK : undefined;
    },
  });
  if (doc.errors.length > 0 || aliases > 0) return undefined;
  // Escapes ("\u0001", "\uFFFE", "\uD800") exist only in double-quoted scalars, and need a backslash.
  if (source.includes('\\')) visit(doc, {
    Scalar(_, node) {
      if (node.type !== Scalar.QUOTE_DOUBLE || typeof node.value !== 'string' || !node.range || isCleanText(node.value)) return;
      const escape = source.slice(node.range[0], node.range[1]).indexOf('\\');
      checkDecodedText(file, node.value, at(node.range[0] + Math.max(escape, 0)), 'a YAML escape');
    },
  });
  return { data: doc.toJS({ maxAliasCount: 0 }), place: (path, key) => placeIn(doc, path, key, at) };
}

/**
 * `fn()` with a plain object standing in for process.env meanwhile, holding the variables yaml reads. yaml's parser
 * reads process.env.LOG_TOKENS once per token (yaml 2.9: parse/parser.js `next`; its composer reads LOG_STREAM),
 * and a lookup in Node's process.env is a call into the C++ environment (~0.3 µs): 850 000 of them, ~0.25 s of
 * CPU, for the frontmatter of the 100× bench book. A full copy of the environment cost ~0.1 ms a chapter, so the
 * stand-in holds just those two. The parse is synchronous: no other code runs before the real one is back.
 */
function withPlainEnv<T>(fn: () => T): T {
  const env = process.env;
  const standIn: NodeJS.ProcessEnv = {};
  for (const name of YAML_ENV) if (env[name] !== undefined) standIn[name] = env[name];
  process.env = standIn;
  try {
    return fn();
  } finally {
    process.env = env;
  }
}

const YAML_ENV = ['LOG_TOKENS', 'LOG_STREAM'] as const;

function placeIn(
  doc: Document,
  path: YamlPath,
  key: string | undefined,
  at: (offset: number) => Point | undefined,
): Point | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (!isNode(node) || isAlias(node)) continue;
    if (key !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
    }
    if (node.range) return at(node.range[0]);
  }
  return at(0);
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.replace(/[.:]\s*$/, '');
}
