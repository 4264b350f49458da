/**
 * A whole proposal as the form drafts it (committee, kind, options with their actions, title and text), its
 * checks before anything is signed (the governor's own rules: 1 option for For/Against/Abstain or 2–10, at least
 * one action, the proposer's votes against the threshold, the deposit against the balance), and the arguments of
 * `proposeWithCommittee`. The description carries the title and, for multi-option proposals, the options' names,
 * so every reader of the chain can show them.
 */
import { formatProposalText, parseProposalText } from "./description";
import { formatDta } from "../format";
import type { Checked } from "../twins/validate";
import { encodeAction, type ActionDraft, type ProposalCall } from "./actions";

export const MAX_OPTIONS = 10;
export const MIN_OPTIONS = 2;
export const MAX_TITLE_LENGTH = 120;

export type ProposalKind = "forAgainst" | "multi";

export interface OptionDraft {
  readonly label: string;
  readonly actions: readonly ActionDraft[];
}

export interface ProposalDraft {
  readonly committee: number;
  readonly kind: ProposalKind;
  /** One option for For/Against/Abstain (its actions run if For wins), else 2–10. */
  readonly options: readonly OptionDraft[];
  readonly title: string;
  readonly body: string;
}

/** `IDTAGovernor.Option`, as the contract takes it. */
export interface ContractOption {
  readonly targets: readonly `0x${string}`[];
  readonly values: readonly bigint[];
  readonly calldatas: readonly `0x${string}`[];
}

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const no = <T>(message: string): Checked<T> => ({ ok: false, message });

/** The option count the kind allows. */
export function checkOptionCount(kind: ProposalKind, count: number): Checked<number> {
  if (kind === "forAgainst") return ok(1);
  if (count < MIN_OPTIONS) {
    return no(
      `A multi-option proposal needs at least ${MIN_OPTIONS} options to choose between (it has ${count}).`,
    );
  }
  if (count > MAX_OPTIONS)
    return no(`A proposal has at most ${MAX_OPTIONS} options (this one has ${count}).`);
  return ok(count);
}

/** Every option of a multi-option proposal has a name, and no two share one. */
export function checkOptionLabels(
  kind: ProposalKind,
  options: readonly OptionDraft[],
): Checked<readonly string[]> {
  if (kind === "forAgainst") return ok([]);
  const labels = options.map((o) => o.label.trim());
  const empty = labels.findIndex((l) => l === "");
  if (empty >= 0) return no(`Option ${empty + 1} has no name: every option needs one.`);
  const long = labels.findIndex((l) => l.length > 80);
  if (long >= 0) return no(`Option ${long + 1}'s name is longer than 80 characters.`);
  const seen = new Set<string>();
  for (const [i, l] of labels.entries()) {
    if (seen.has(l.toLowerCase())) return no(`Option ${i + 1} has the same name as an earlier one.`);
    seen.add(l.toLowerCase());
  }
  return ok(labels);
}

/** The options' calls, or the first action's refusal (named by option and action). */
export function encodeOptions(
  chainId: number,
  draft: ProposalDraft,
  treasury?: bigint,
): Checked<readonly ContractOption[]> {
  const options = draft.kind === "forAgainst" ? draft.options.slice(0, 1) : draft.options;
  const out: ContractOption[] = [];
  let total = 0;
  for (const [i, option] of options.entries()) {
    const calls: ProposalCall[] = [];
    for (const [j, action] of option.actions.entries()) {
      const encoded = encodeAction(chainId, action, treasury);
      if (!encoded.ok) {
        const where = draft.kind === "forAgainst" ? `Action ${j + 1}` : `Option ${i + 1}, action ${j + 1}`;
        return no(`${where}: ${encoded.message}`);
      }
      calls.push(encoded.value);
    }
    total += calls.length;
    out.push({
      targets: calls.map((c) => c.target),
      values: calls.map((c) => c.value),
      calldatas: calls.map((c) => c.calldata),
    });
  }
  if (total === 0) {
    return no(
      draft.kind === "forAgainst"
        ? "The proposal has no action: add what it changes if For wins."
        : "The proposal has no action in any option. Add at least one call.",
    );
  }
  return ok(out);
}

export function checkTitle(input: string): Checked<string> {
  const title = input.trim();
  if (title === "") return no("Enter the proposal's title.");
  if (title.length > MAX_TITLE_LENGTH) return no(`The title is at most ${MAX_TITLE_LENGTH} characters.`);
  if (title.includes("\n")) return no("The title is one line.");
  return ok(title);
}

export function checkBody(input: string): Checked<string> {
  const body = input.trim();
  if (body === "") return no("Describe what the proposal changes and why: voters read this first.");
  return ok(body);
}

/**
 * The on-chain description in the one convention the indexer and every page read (lib/governance/description.ts):
 * "# title", the text, then "Option N: label" lines for a multi-option proposal.
 */
export function proposalDescription(title: string, body: string, labels: readonly string[]): string {
  return formatProposalText({ title, body, optionLabels: labels });
}

/** The title, text and option names back from a description (any text without "# " is all body). */
export function parseProposalDescription(description: string): {
  readonly title: string;
  readonly body: string;
  readonly options: readonly string[];
} {
  const parsed = parseProposalText(description);
  let text = description.trim();
  if (text.startsWith("# ")) {
    const end = text.indexOf("\n");
    text = end < 0 ? "" : text.slice(end + 1);
  }
  const body = text
    .split(/\r?\n/)
    .filter((line) => !/^Option \d{1,2}:\s*\S/.test(line.trim()) && !/^Treasury bucket:/.test(line.trim()))
    .join("\n")
    .trim();
  const title = description.trim().startsWith("# ")
    ? parsed.title
    : body.split("\n")[0]?.slice(0, 80) || "Untitled proposal";
  return { title, body, options: parsed.optionLabels };
}

/** Proposing needs `threshold` votes (at the previous second, as the governor reads them). */
export function checkThreshold(votes: bigint | undefined, threshold: bigint | undefined): Checked<bigint> {
  if (votes === undefined || threshold === undefined) return no("Reading your voting power…");
  if (votes < threshold) {
    return no(
      `Proposing needs ${formatDta(threshold)} votes; you have ${formatDta(votes)}. Stake more (longer locks weigh more), or ask holders to delegate to you.`,
    );
  }
  return ok(votes);
}

/** The deposit must be covered by the DTA balance. */
export function checkDeposit(balance: bigint | undefined, deposit: bigint | undefined): Checked<bigint> {
  if (balance === undefined || deposit === undefined) return no("Reading your DTA balance and the deposit…");
  if (balance < deposit) {
    return no(
      `The deposit is ${formatDta(deposit)} DTA; your balance is ${formatDta(balance)} DTA — ${formatDta(deposit - balance)} DTA short.`,
    );
  }
  return ok(deposit);
}
