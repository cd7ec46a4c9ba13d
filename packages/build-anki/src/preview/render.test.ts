import { describe, expect, it } from 'vitest';
import { renderTemplate } from './render.js';

describe('renderTemplate', () => {
  it('fills fields and conditional sections', () => {
    const t = '{{Kind}}:{{#Abbr}}({{Abbr}}){{/Abbr}}{{^Abbr}}none{{/Abbr}}';
    expect(renderTemplate(t, { Kind: 'k', Abbr: 'GH' }, { ord: 0 })).toBe('k:(GH)');
    expect(renderTemplate(t, { Kind: 'k', Abbr: '' }, { ord: 0 })).toBe('k:none');
  });

  it('hides the active deletion on the front and marks it on the back', () => {
    const fields = { Text: 'a {{c1::x}} b {{c2::y}}' };
    expect(renderTemplate('{{cloze:Text}}', fields, { ord: 1 })).toBe('a x b <span class="cloze">[...]</span>');
    expect(renderTemplate('{{cloze:Text}}', fields, { ord: 1, front: 'F' })).toBe('a x b <span class="cloze">y</span>');
  });
});
