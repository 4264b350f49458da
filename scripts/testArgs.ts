/**
 * Which test stages `npm test` runs, from its command line. Pure, so the forms people type are unit-tested:
 * `--only unit,e2e` (as README documents), `--only=unit,e2e`, and repeated `--only` flags.
 */

export type StageSelection =
  | { readonly ok: true; readonly stages: readonly string[] }
  | { readonly ok: false; readonly message: string };

/**
 * The stage ids to run, in the order of `validStages`; every stage when `--only` is absent. An unknown
 * stage, an empty `--only` or an argument this runner does not know is refused with a message that names
 * the valid stages — a typo must never run nothing and pass.
 */
export function selectStages(argv: readonly string[], validStages: readonly string[]): StageSelection {
  const valid = `Valid stages: ${validStages.join(", ")}.`;
  const requested: string[] = [];
  let sawOnly = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    let value: string | undefined;
    if (arg === "--only") {
      value = argv[i + 1];
      i += 1;
      if (value === undefined || value.startsWith("--")) {
        return { ok: false, message: `--only needs a comma-separated list of stages. ${valid}` };
      }
    } else if (arg.startsWith("--only=")) {
      value = arg.slice("--only=".length);
    } else {
      return { ok: false, message: `Unknown argument "${arg}". Use --only <stages>. ${valid}` };
    }
    sawOnly = true;
    requested.push(
      ...value
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    );
  }
  if (!sawOnly) return { ok: true, stages: validStages };
  if (requested.length === 0) {
    return { ok: false, message: `--only was given no stage. ${valid}` };
  }
  const unknown = requested.filter((s) => !validStages.includes(s));
  if (unknown.length > 0) {
    const names = unknown.map((s) => `"${s}"`).join(", ");
    return { ok: false, message: `Unknown test stage ${names}. ${valid}` };
  }
  return { ok: true, stages: validStages.filter((s) => requested.includes(s)) };
}
