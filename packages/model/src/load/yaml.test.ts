import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseYaml } from './yaml.js';

describe('parseYaml', () => {
  it('gives back the real process.env after parsing (it parses with a plain copy standing in)', () => {
    const env = process.env;
    const source = 'id: x\ntitle: "a\\u0001"\nlist: [*a]\n';
    const file = new VFile({ value: source });
    parseYaml(file, source, 0);
    expect(file.messages.length).toBeGreaterThan(0);
    expect(process.env).toBe(env);
    process.env.BOOK_YAML_TEST = 'set';
    expect(process.env.BOOK_YAML_TEST).toBe('set');
    delete process.env.BOOK_YAML_TEST;
  });
});
