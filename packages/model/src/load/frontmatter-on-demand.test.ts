import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadChapter } from './chapter.js';
import { splitFrontmatter } from './frontmatter.js';
import { parseYaml, type YamlPath } from './yaml.js';

const content = join(import.meta.dirname, '..', '..', '..', '..', 'content');
const chapters = readdirSync(content).filter((name) => name.endsWith('.md')).sort();

/** Every path into `data` (each key and index), each with the key variant placeMessage uses for unknown keys. */
function pathsIn(data: unknown, path: YamlPath = []): { path: YamlPath; key?: string }[] {
  const found: { path: YamlPath; key?: string }[] = [{ path }];
  if (Array.isArray(data)) data.forEach((item, i) => found.push(...pathsIn(item, [...path, i])));
  else if (typeof data === 'object' && data !== null) {
    for (const [key, value] of Object.entries(data)) {
      found.push({ path, key }, ...pathsIn(value, [...path, key]));
    }
  }
  return found;
}

// loadChapter keeps no parsed frontmatter: a message of the checks across chapters (a duplicate id, an unknown
// reference) is placed by parsing it again on demand. That place must be the one the first parse gave.
describe('frontmatter places found on demand', () => {
  it.each(chapters)('%s: every value and key is placed where the first parse of the frontmatter places it', (name) => {
    const text = readFileSync(join(content, name), 'utf8');
    const loaded = loadChapter(new VFile({ path: name, value: text }), name);
    expect(loaded).toBeDefined();
    const front = splitFrontmatter(text)!;
    const eager = parseYaml(new VFile({ path: name, value: text }), front.yaml, front.yamlOffset)!;
    const paths = [...pathsIn(eager.data), { path: ['glands', 99, 'id'] }, { path: ['no-such-key'], key: 'x' }];
    expect(paths.length).toBeGreaterThan(20);
    for (const { path, key } of paths) {
      expect(loaded!.yaml.place(path, key), `${name} ${path.join('.')} ${key ?? ''}`).toEqual(eager.place(path, key));
    }
    expect(loaded!.yaml.data).toEqual(eager.data);
  });
});
