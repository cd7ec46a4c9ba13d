import type { OpenedApkg } from '../validate/read.js';
import { renderTemplate } from './render.js';

interface PreviewModel {
  name: string;
  type: number;
  css: string;
  flds: { name: string }[];
  tmpls: { name: string; qfmt: string; afmt: string }[];
}

/**
 * An HTML page showing the front and back of the chosen cards side by side, each styled by its note type's CSS the
 * way Anki does (a `.card` element), so the embedded font and layout can be checked in a browser. The page expects
 * the package's media files next to it. After the fonts settle it writes their load status into <body data-fonts>.
 */
export function previewPage(opened: OpenedApkg, pick: { noteId: number; ord: number }[], options: { night?: boolean } = {}): string {
  const db = opened.db;
  if (!db) throw new TypeError('previewPage needs an .apkg with a collection');
  const models = JSON.parse(String(db.rows.col![0]!.models)) as Record<string, PreviewModel>;
  const notes = new Map(db.rows.notes!.map((n) => [Number(n.id), n]));
  const css = new Set<string>();
  const rows = pick.map(({ noteId, ord }) => {
    const note = notes.get(noteId);
    if (!note) throw new TypeError(`previewPage: no note ${noteId} in the package`);
    const model = models[String(note.mid)]!;
    css.add(model.css);
    const values = String(note.flds).split('\x1f');
    const fields = Object.fromEntries(model.flds.map((f, i) => [f.name, values[i] ?? '']));
    const template = model.tmpls[model.type === 1 ? 0 : ord]!;
    const front = renderTemplate(template.qfmt, fields, { ord });
    const back = renderTemplate(template.afmt, fields, { ord, front });
    const cell = (html: string) => `<div class="cell"><div class="card${options.night ? ' nightMode' : ''}">${html}</div></div>`;
    return `<div class="preview-label">${model.name} · ${template.name} · ord ${ord}</div><div class="row">${cell(front)}${cell(back)}</div>`;
  });
  return `<!doctype html>
<html lang="hi"><head><meta charset="utf-8"><title>card preview</title>
<style>${[...css].join('\n')}
body { margin: 0; background: #ddd; font-family: sans-serif; }
.preview-label { font: 13px "Book Noto Sans Devanagari", monospace; color: #333; padding: 6px 10px 2px; }
.row { display: flex; gap: 10px; padding: 0 10px 8px; }
.cell { flex: 1; background: white; border: 1px solid #aaa; }
.cell .card { padding: 12px; min-height: 100%; box-sizing: border-box; }
</style></head>
<body>${rows.join('\n')}
<script>document.fonts.ready.then(() => { document.body.dataset.fonts = [...document.fonts].map((f) => f.family + '=' + f.status).join(';'); });</script>
</body></html>`;
}
