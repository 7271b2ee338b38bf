import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';

export interface RouteWeight {
  route: string;
  files: number;
  rawKb: number;
  gzipKb: number;
}

interface ClientReferenceManifest {
  entryJSFiles?: Record<string, string[]>;
}

/** Every page_client-reference-manifest.js under server/app (one per app-router page). */
function manifests(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return manifests(full);
    return entry.name === 'page_client-reference-manifest.js' ? [full] : [];
  });
}

/** "/(client)/today/page" → "/today": route groups are not part of the URL. */
function routeOf(key: string): string {
  const segments = key.split('/').filter((s) => s && s !== 'page' && !/^\(.*\)$/.test(s));
  return `/${segments.join('/')}`;
}

/**
 * First-load JavaScript per route of a production build: the framework's root chunks
 * (build-manifest rootMainFiles) plus every chunk the route's client references need on first
 * render (entryJSFiles of its layouts, boundaries and page), each file once, gzipped here with
 * zlib's default level. Polyfills (nomodule) are left out: modern browsers do not load them.
 */
export function firstLoadJs(buildDir: string): RouteWeight[] {
  const buildManifest = JSON.parse(
    readFileSync(path.join(buildDir, 'build-manifest.json'), 'utf8'),
  ) as { rootMainFiles: string[] };
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (file: string) => {
    let size = sizes.get(file);
    if (!size) {
      const bytes = readFileSync(path.join(buildDir, file.replace(/^\/_next\//, '')));
      size = { raw: bytes.length, gzip: gzipSync(bytes).length };
      sizes.set(file, size);
    }
    return size;
  };
  const weights: RouteWeight[] = [];
  for (const file of manifests(path.join(buildDir, 'server/app'))) {
    const sandbox = {
      globalThis: {} as { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> },
    };
    runInNewContext(readFileSync(file, 'utf8'), sandbox);
    for (const [key, manifest] of Object.entries(sandbox.globalThis.__RSC_MANIFEST ?? {})) {
      const route = routeOf(key);
      if (route.startsWith('/_')) continue;
      const files = new Set(buildManifest.rootMainFiles.map((f) => f.replace(/^\/_next\//, '')));
      for (const chunks of Object.values(manifest.entryJSFiles ?? {}))
        for (const chunk of chunks) files.add(chunk.replace(/^\/_next\//, ''));
      let raw = 0;
      let gzip = 0;
      for (const chunk of files) {
        const size = sizeOf(chunk);
        raw += size.raw;
        gzip += size.gzip;
      }
      weights.push({ route, files: files.size, rawKb: raw / 1024, gzipKb: gzip / 1024 });
    }
  }
  return weights.sort((a, b) => a.route.localeCompare(b.route));
}
