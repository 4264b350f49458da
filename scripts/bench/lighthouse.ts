/** Lighthouse accessibility and performance per route, via the lighthouse CLI against the running `next start`. */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./rpc.ts";

const LIGHTHOUSE = path.resolve("node_modules/.bin/lighthouse");
const TIMEOUT_MS = 180_000;

export interface A11yResult {
  readonly score: number;
  readonly failing: readonly string[];
}

export interface PerformanceResult {
  readonly score: number;
  /** Largest contentful paint, ms. */
  readonly lcpMs: number;
  /** Total blocking time, ms. */
  readonly tbtMs: number;
}

/** Lighthouse's default is mobile (simulated slow 4G and a 4× slower CPU); "desktop" is its desktop preset. */
export type FormFactor = "mobile" | "desktop";

interface LighthouseCategory {
  score: number | null;
  auditRefs: { id: string }[];
}

interface LighthouseReport {
  categories: { accessibility?: LighthouseCategory; performance?: LighthouseCategory };
  audits: Record<string, { score: number | null; scoreDisplayMode: string; numericValue?: number }>;
}

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Kills any Lighthouse run (and the Chromium it launched) still going. */
export function stopLighthouse(): void {
  for (const child of running) killGroup(child);
}
process.on("exit", stopLighthouse);

/**
 * Lighthouse's NO_FCP ("The page did not paint any content"): headless Chromium sometimes reports no paint for a
 * page that paints (seen on about 3 of 130 runs here, on different routes each time, accessibility runs too). Such
 * a run measures nothing, so it is run again — at most twice, and said on the log — instead of failing the row.
 */
const NO_PAINT = "did not paint any content";
const NO_PAINT_RETRIES = 2;

async function runLighthouse(url: string, options: readonly string[]): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await runLighthouseOnce(url, options);
    } catch (error) {
      if (attempt >= NO_PAINT_RETRIES || !(error instanceof Error) || !error.message.includes(NO_PAINT))
        throw error;
      console.error(
        `[bench] lighthouse saw no paint on ${url} (NO_FCP); running it again (${attempt + 1} of ${NO_PAINT_RETRIES})`,
      );
    }
  }
}

function runLighthouseOnce(url: string, options: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      LIGHTHOUSE,
      [url, ...options, "--output=json", "--quiet", `--chrome-flags=${CHROMIUM_FLAGS.join(" ")}`],
      {
        env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      },
    );
    running.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => killGroup(child), TIMEOUT_MS);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      if (code === 0) resolve(stdout);
      else reject(new Error(`lighthouse exited ${code ?? signal}: ${stderr.trim().split("\n").pop() ?? ""}`));
    });
  });
}

export async function auditAccessibility(url: string): Promise<A11yResult> {
  const report = JSON.parse(
    await runLighthouse(url, ["--only-categories=accessibility"]),
  ) as LighthouseReport;
  const category = report.categories.accessibility;
  if (!category || category.score === null) throw new Error("no accessibility score in the report");
  const failing = category.auditRefs
    .map((ref) => ({ id: ref.id, audit: report.audits[ref.id] }))
    .filter(
      ({ audit }) =>
        audit !== undefined &&
        audit.score !== null &&
        audit.score < 1 &&
        (audit.scoreDisplayMode === "binary" || audit.scoreDisplayMode === "numeric"),
    )
    .map(({ id }) => id);
  return { score: Math.round(category.score * 100), failing };
}

/** One Lighthouse performance run: the score and the two figures the targets name (LCP, TBT). */
export async function auditPerformance(url: string, formFactor: FormFactor): Promise<PerformanceResult> {
  const options = [
    "--only-categories=performance",
    ...(formFactor === "desktop" ? ["--preset=desktop"] : []),
  ];
  const report = JSON.parse(await runLighthouse(url, options)) as LighthouseReport;
  const score = report.categories.performance?.score;
  if (score === null || score === undefined) throw new Error("no performance score in the report");
  const value = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: Math.round(score * 100),
    lcpMs: Math.round(value("largest-contentful-paint")),
    tbtMs: Math.round(value("total-blocking-time")),
  };
}
