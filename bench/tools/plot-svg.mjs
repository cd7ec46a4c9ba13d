// A log-log line plot of median wall time against content size, one line per series, as a standalone SVG.
const COLORS = ['#1b6ca8', '#d1495b', '#00798c', '#edae49', '#66a182', '#8d6a9f', '#2e4057', '#b5651d'];

/** series: [{ name, dashed?, points: [{ size, ms }] }] */
export function plotSvg(series, { title = 'Build time against content size', width = 760, height = 460 } = {}) {
  const margin = { left: 70, right: 200, top: 40, bottom: 50 };
  const points = series.flatMap((s) => s.points).filter((p) => p.ms > 0);
  const sizes = [...new Set(points.map((p) => p.size))].sort((a, b) => a - b);
  const log = Math.log10;
  const [xMin, xMax] = [log(sizes[0]), log(sizes[sizes.length - 1])];
  const yMin = Math.floor(log(Math.min(...points.map((p) => p.ms))));
  const yMax = Math.ceil(log(Math.max(...points.map((p) => p.ms))));
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const x = (size) => margin.left + ((log(size) - xMin) / (xMax - xMin || 1)) * plotW;
  const y = (ms) => margin.top + plotH - ((log(ms) - yMin) / (yMax - yMin || 1)) * plotH;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${margin.left}" y="22" font-size="15">${escape(title)}</text>`,
  ];
  for (let e = yMin; e <= yMax; e += 1) {
    const ms = 10 ** e;
    out.push(`<line x1="${margin.left}" x2="${margin.left + plotW}" y1="${y(ms)}" y2="${y(ms)}" stroke="#ddd"/>`);
    out.push(`<text x="${margin.left - 8}" y="${y(ms) + 4}" text-anchor="end">${ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`}</text>`);
  }
  for (const size of sizes) {
    out.push(`<line x1="${x(size)}" x2="${x(size)}" y1="${margin.top}" y2="${margin.top + plotH}" stroke="#ddd"/>`);
    out.push(`<text x="${x(size)}" y="${margin.top + plotH + 18}" text-anchor="middle">${size}×</text>`);
  }
  out.push(`<text x="${margin.left + plotW / 2}" y="${height - 10}" text-anchor="middle">content size (× the book), log scale</text>`);
  out.push(`<text transform="translate(16 ${margin.top + plotH / 2}) rotate(-90)" text-anchor="middle">median wall time, log scale</text>`);
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length];
    const pts = s.points.filter((p) => p.ms > 0).sort((a, b) => a.size - b.size);
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    out.push(`<polyline fill="none" stroke="${color}" stroke-width="2"${dash} points="${pts.map((p) => `${x(p.size).toFixed(1)},${y(p.ms).toFixed(1)}`).join(' ')}"/>`);
    for (const p of pts) out.push(`<circle cx="${x(p.size).toFixed(1)}" cy="${y(p.ms).toFixed(1)}" r="3" fill="${color}"/>`);
    const ly = margin.top + 10 + i * 20;
    out.push(`<line x1="${width - margin.right + 15}" x2="${width - margin.right + 45}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2"${dash}/>`);
    out.push(`<text x="${width - margin.right + 52}" y="${ly + 4}">${escape(s.name)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function escape(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
