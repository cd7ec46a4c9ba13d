/**
 * Just enough of Anki's template language to preview our own cards: {{Field}}, {{#Field}}…{{/Field}},
 * {{^Field}}…{{/Field}}, {{cloze:Field}} and {{FrontSide}}. Not a general renderer (no other filters, no nesting
 * of the same field).
 */
export function renderTemplate(template: string, fields: Record<string, string>, side: { ord: number; front?: string }): string {
  let out = template.replace(/\{\{([#^])([^}]+)\}\}([\s\S]*?)\{\{\/\2\}\}/g, (_m, kind: string, name: string, body: string) => {
    const filled = (fields[name.trim()] ?? '').trim() !== '';
    return filled === (kind === '#') ? body : '';
  });
  out = out.replace(/\{\{([^}]+)\}\}/g, (_m, tag: string) => {
    const name = tag.trim();
    if (name === 'FrontSide') return side.front ?? '';
    if (name.startsWith('cloze:')) return renderCloze(fields[name.slice(6)] ?? '', side.ord, side.front === undefined);
    return fields[name] ?? '';
  });
  return out;
}

function renderCloze(text: string, ord: number, question: boolean): string {
  return text.replace(/\{\{c(\d+)::([\s\S]*?)\}\}/g, (_m, n: string, content: string) => {
    if (Number(n) !== ord + 1) return content;
    return question ? '<span class="cloze">[...]</span>' : `<span class="cloze">${content}</span>`;
  });
}
