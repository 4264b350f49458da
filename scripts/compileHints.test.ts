import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { addCompileHints, COMPILE_HINT, distDir, shiftSourceMap } from "./compileHints";

/** A build folder with two root main files (one with a source map), a route chunk and a stylesheet. */
function fakeBuild(): string {
  const dist = mkdtempSync(path.join(tmpdir(), "hints-"));
  mkdirSync(path.join(dist, "static/chunks"), { recursive: true });
  const files: Record<string, string> = {
    "static/chunks/framework.js": "push([1,(e)=>{}]);",
    "static/chunks/framework.js.map": JSON.stringify({ version: 3, mappings: "AAAA" }),
    "static/chunks/runtime.js": "self.TURBOPACK=[];",
    "static/chunks/route.js": "push([2,(e)=>{}]);",
    "static/chunks/app.css": "body{}",
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dist, file), text);
  const rootMainFiles = ["static/chunks/framework.js", "static/chunks/runtime.js", "static/chunks/app.css"];
  writeFileSync(path.join(dist, "build-manifest.json"), JSON.stringify({ rootMainFiles }));
  return dist;
}

const read = (dist: string, file: string) => readFileSync(path.join(dist, file), "utf8");

describe("addCompileHints", () => {
  it("puts the hint on the first line of every root main script, and nowhere else", () => {
    const dist = fakeBuild();
    assert.deepEqual(addCompileHints(dist), ["static/chunks/framework.js", "static/chunks/runtime.js"]);
    assert.equal(read(dist, "static/chunks/framework.js"), `${COMPILE_HINT}push([1,(e)=>{}]);`);
    assert.equal(read(dist, "static/chunks/runtime.js"), `${COMPILE_HINT}self.TURBOPACK=[];`);
    assert.equal(read(dist, "static/chunks/route.js"), "push([2,(e)=>{}]);", "route chunks stay lazy");
    assert.equal(read(dist, "static/chunks/app.css"), "body{}", "stylesheets are left alone");
  });

  it("moves a script's source map down the line it added", () => {
    const dist = fakeBuild();
    addCompileHints(dist);
    assert.deepEqual(JSON.parse(read(dist, "static/chunks/framework.js.map")), {
      version: 3,
      mappings: ";AAAA",
    });
  });

  it("changes nothing when run twice", () => {
    const dist = fakeBuild();
    addCompileHints(dist);
    const once = read(dist, "static/chunks/framework.js") + read(dist, "static/chunks/framework.js.map");
    assert.deepEqual(addCompileHints(dist), []);
    assert.equal(
      read(dist, "static/chunks/framework.js") + read(dist, "static/chunks/framework.js.map"),
      once,
    );
  });
});

describe("shiftSourceMap", () => {
  it("moves every section of an index map one line down", () => {
    const map = { sections: [{ offset: { line: 0, column: 0 } }, { offset: { line: 7, column: 3 } }] };
    assert.deepEqual(shiftSourceMap(map).sections, [
      { offset: { line: 1, column: 0 } },
      { offset: { line: 8, column: 3 } },
    ]);
  });
});

describe("distDir", () => {
  it("is NEXT_DIST_DIR when set, .next otherwise (as next.config.ts has it)", () => {
    assert.equal(distDir({ NEXT_DIST_DIR: ".next-e2e" }), ".next-e2e");
    assert.equal(distDir({}), ".next");
  });
});
