/**
 * How a proposal's description carries what the chain does not: its title, the label of each option of a
 * multi-option proposal, and the timelock bucket a treasury grant is paid from. The description is Markdown;
 * the governor hashes it into the proposal id, so these lines are as permanent as the actions:
 *
 *   # Raise the service burn to 3%
 *   Why, in prose…
 *
 *   Option 1: Keep 2%
 *   Option 2: Raise to 3%
 *   Treasury bucket: communityDao
 *
 * Anything else is free text. A description without these lines still reads: the title is its first line,
 * options are "Option 1", "Option 2"…, and grants count against the treasury bucket.
 */
import { isTreasuryBucketId, type TreasuryBucketId } from "./treasury";

export interface ProposalText {
  readonly title: string;
  /** Labels of a multi-option proposal's options, by index (may be shorter than the option count). */
  readonly optionLabels: readonly string[];
  /** The bucket grants are paid from, when the description names one. */
  readonly bucket: TreasuryBucketId | null;
}

const MAX_TITLE = 120;
const OPTION_LINE = /^Option (\d{1,2}):\s*(.+)$/;
const BUCKET_LINE = /^Treasury bucket:\s*(\S+)\s*$/;

export function parseProposalText(description: string): ProposalText {
  const lines = description.split(/\r?\n/).map((line) => line.trim());
  const first = lines.find((line) => line.length > 0) ?? "";
  const title = first.replace(/^#+\s*/, "").slice(0, MAX_TITLE) || "Untitled proposal";
  const labels: string[] = [];
  let bucket: TreasuryBucketId | null = null;
  for (const line of lines) {
    const option = OPTION_LINE.exec(line);
    if (option) {
      const index = Number(option[1]) - 1;
      if (index >= 0 && index < 10 && labels[index] === undefined) labels[index] = option[2]!.trim();
      continue;
    }
    const tag = BUCKET_LINE.exec(line);
    if (tag && isTreasuryBucketId(tag[1])) bucket = tag[1];
  }
  const optionLabels = Array.from({ length: labels.length }, (_, i) => labels[i] ?? `Option ${i + 1}`);
  return { title, optionLabels, bucket };
}

/** The description lines for `text`, in the form `parseProposalText` reads back. */
export function formatProposalText(text: {
  readonly title: string;
  readonly body?: string;
  readonly optionLabels?: readonly string[];
  readonly bucket?: TreasuryBucketId | null;
}): string {
  const parts = [`# ${text.title.trim()}`];
  if (text.body?.trim()) parts.push("", text.body.trim());
  const tail = [
    ...(text.optionLabels ?? []).map((label, i) => `Option ${i + 1}: ${label.trim()}`),
    ...(text.bucket ? [`Treasury bucket: ${text.bucket}`] : []),
  ];
  if (tail.length > 0) parts.push("", ...tail);
  return parts.join("\n");
}

/** Labels of every option of a proposal with `optionCount` options (0: For/Against/Abstain, support order). */
export function optionLabelsFor(optionCount: number, text: Pick<ProposalText, "optionLabels">): string[] {
  if (optionCount === 0) return ["Against", "For", "Abstain"];
  return Array.from({ length: optionCount }, (_, i) => text.optionLabels[i] ?? `Option ${i + 1}`);
}
