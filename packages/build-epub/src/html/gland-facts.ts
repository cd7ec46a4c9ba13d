import type { BookMeta, Gland } from '@book/model';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';

/** The structured facts of a gland: where it is, its parts, and tables of its hormones and disorders. */
export function glandFactsToHast(gland: Gland, ui: BookMeta['ui']): Element {
  const partName = new Map((gland.parts ?? []).map((part) => [part.id, part.name.hi]));
  const hormones = gland.hormones ?? [];
  const disorders = gland.disorders ?? [];
  const kindWord = { hyper: ui.hyper, hypo: ui.hypo, other: ui.other } as const;

  const children: ElementContent[] = [
    h('h2', { id: `facts-${gland.id}` }, [gland.name.hi, ' ', english(`(${gland.name.en})`)]),
    h('p', [h('strong', `${ui.location}:`), ` ${gland.location.hi}`]),
  ];
  if (gland.parts?.length) {
    children.push(
      h('p', [
        h('strong', `${ui.part}:`),
        ' ',
        ...gland.parts.flatMap((part, i) => [i > 0 ? ', ' : '', part.name.hi, ' ', english(`(${part.name.en})`)]),
      ]),
    );
  }
  if (hormones.length) {
    children.push(
      h('table', [
        h('caption', `${gland.name.hi} — ${ui.hormones}`),
        h('thead', h('tr', [ui.hormone, ui.part, ui.effect, ui.regulation].map((word) => h('th', { scope: 'col' }, word)))),
        h(
          'tbody',
          hormones.map((hormone) =>
            h('tr', [
              h('th', { scope: 'row' }, [hormone.name.hi, h('br'), english(hormone.abbr ? `${hormone.name.en} (${hormone.abbr})` : hormone.name.en)]),
              h('td', hormone.part ? (partName.get(hormone.part) ?? '') : ''),
              h('td', hormone.effect.hi),
              h('td', hormone.regulation?.hi ?? ''),
            ]),
          ),
        ),
      ]),
    );
  }
  if (disorders.length) {
    children.push(
      h('table', [
        h('caption', `${gland.name.hi} — ${ui.disorders}`),
        h('thead', h('tr', [ui.disorder, ui.signs].map((word) => h('th', { scope: 'col' }, word)))),
        h(
          'tbody',
          disorders.map((disorder) =>
            h('tr', [
              h('th', { scope: 'row' }, [
                disorder.name.hi,
                h('br'),
                english(disorder.name.en),
                h('br'),
                h('span', { className: ['kind'] }, `(${kindWord[disorder.kind]})`),
              ]),
              h('td', [
                ...(disorder.cause ? [h('p', disorder.cause.hi)] : []),
                ...(disorder.signs?.length ? [h('ul', disorder.signs.map((sign) => h('li', sign.hi)))] : []),
              ]),
            ]),
          ),
        ),
      ]),
    );
  }
  return h('section', { ariaLabelledBy: `facts-${gland.id}` }, children);
}

/** An English gloss; drawn in the regular weight even inside headings and row headers (the stylesheet's .gloss). */
function english(text: string): Element {
  return h('span', { lang: 'en', xmlLang: 'en', className: ['gloss'] }, text);
}
