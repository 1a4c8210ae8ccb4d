// Bundle sizes of the built extension: what each part loads (its scripts, shared chunks and styles), raw and gzip.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

function size(dir, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(`${dir}/${file}`);
    raw += statSync(`${dir}/${file}`).size;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** The scripts, preloaded chunks and stylesheets an HTML entry of the build loads. */
function htmlAssets(dir, page) {
  const html = readFileSync(`${dir}/${page}`, 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((ref) => /\.(?:m?js|css)$/.test(ref));
  return [page, ...refs.map((ref) => ref.replace(/^\//, ''))];
}

export function bundleSizes(dir) {
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  const parts = [];
  const content = (manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]);
  parts.push(['content script', [...new Set(content)]]);
  if (manifest.background?.service_worker) parts.push(['background', [manifest.background.service_worker]]);
  for (const page of ['popup.html', 'library.html']) {
    try {
      parts.push([page.replace('.html', ''), htmlAssets(dir, page)]);
    } catch {
      parts.push([page.replace('.html', ''), null]);
    }
  }
  return parts.map(([name, files]) => (files ? { name, files, ...size(dir, files) } : { name, files: [], missing: true, raw: 0, gzip: 0 }));
}
