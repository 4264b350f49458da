/**
 * V8 compile hints for the framework scripts every page runs at start-up.
 *
 * Turbopack wraps each module in a function that the browser compiles lazily: the first call (React DOM's and
 * the router's module factories, while the page boots) parses and compiles it on the main thread. On a phone
 * under Lighthouse's 4× CPU that one task was ~300 ms of blocking time on every page, the About page too.
 * The magic comment `//# allFunctionsCalledOnLoad` on a script's first line (Chrome 136+, an explicit compile
 * hint: https://github.com/WICG/explicit-javascript-compile-hints-file-based) has the browser compile all its
 * functions eagerly, on the background thread that streams the script. Browsers without it read a comment.
 *
 * Only the build manifest's `rootMainFiles` get it: the framework chunks every route loads and runs at once.
 * Route chunks also hold code loaded later (wallet islands), which eager compilation would waste.
 *
 * Runs after `next build` (`npm run build`, and `buildApp` for the browser tests and benchmarks). Idempotent.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

interface SourceMap {
  mappings?: string;
  sections?: { offset: { line: number; column: number } }[];
}

/** The same source map, one generated line down (the hint's line comes first now). */
export function shiftSourceMap(map: SourceMap): SourceMap {
  if (map.sections) {
    return {
      ...map,
      sections: map.sections.map((s) => ({ ...s, offset: { ...s.offset, line: s.offset.line + 1 } })),
    };
  }
  return { ...map, mappings: `;${map.mappings ?? ""}` };
}

/** The build's output folder, as next.config.ts sets it. */
export function distDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.NEXT_DIST_DIR ?? ".next";
}

/** The framework scripts every page loads and runs at start-up: the build manifest's root main files. */
export function startupScripts(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(dist, "build-manifest.json"), "utf8")) as {
    rootMainFiles?: string[];
  };
  return (manifest.rootMainFiles ?? []).filter((file) => file.endsWith(".js"));
}

/** Adds the hint to the start-up scripts; returns the files it changed (relative to `dist`). */
export function addCompileHints(dist: string): string[] {
  const changed: string[] = [];
  for (const file of startupScripts(dist)) {
    const script = path.join(dist, file);
    const code = readFileSync(script, "utf8");
    if (code.startsWith(COMPILE_HINT)) continue;
    writeFileSync(script, COMPILE_HINT + code);
    const map = `${script}.map`;
    if (existsSync(map)) {
      writeFileSync(map, JSON.stringify(shiftSourceMap(JSON.parse(readFileSync(map, "utf8")) as SourceMap)));
    }
    changed.push(file);
  }
  return changed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = distDir();
  console.log(`compile hints: ${addCompileHints(dist).length} start-up script(s) in ${dist}`);
}
