import { labelBelow, scoreY, stepLine, type StepPoint } from "@/lib/charts/stepLine";

const Y_TICKS = [0, 50, 90, 100] as const;
const GRID = "#e2e8f0";
const AXIS = "#94a3b8";
const TICK_TEXT = "#334155";
const LINE = "#0f766e";

const dateOf = (time: number) => new Date(time * 1000).toISOString().slice(0, 16).replace("T", " ");
const pct = (n: number) => `${n}%`;

/** A dashed horizontal line across the plot at `score`, labelled at its right end, clear of the last score. */
function ReferenceLine({
  score,
  lastScore,
  stroke,
  text,
  textFill,
}: {
  score: number;
  lastScore: number | undefined;
  stroke: string;
  text: string;
  textFill: string;
}) {
  const y = pct(scoreY(score));
  return (
    <g>
      <line x1="0" x2="100%" y1={y} y2={y} stroke={stroke} strokeDasharray="4 4" />
      <text
        x="100%"
        y={y}
        dx={-4}
        dy={labelBelow(score, lastScore) ? 13 : -5}
        textAnchor="end"
        fontSize={11}
        fill={textFill}
        stroke="#ffffff"
        strokeWidth={3}
        paintOrder="stroke"
      >
        {text}
      </text>
    </g>
  );
}

/**
 * Quality score over time (each score held until the next), with the +20% line (90) and the suspension line
 * (50), as plain SVG so it is in the server's HTML. Positions are percentages of the plot (lib/charts/stepLine),
 * so it fills any width without measuring it; the line is drawn in a stretched viewBox with a non-scaling
 * stroke, the dots and labels in pixels. `until` holds the last score up to that time (the chain's now).
 */
export function QualityLineChart({
  points,
  until,
  label,
}: {
  points: readonly StepPoint[];
  until?: number;
  label: string;
}) {
  const line = stepLine(points, until);
  const lastTick = line.xTicks.length - 1;
  const lastScore = line.dots.at(-1)?.score;
  return (
    <div
      role="img"
      aria-label={label}
      data-testid="quality-chart"
      className="h-56 w-full pb-6 pl-8 pr-3 pt-2"
    >
      <svg className="h-full w-full overflow-visible" fontSize={12}>
        {Y_TICKS.map((tick) => {
          const y = pct(scoreY(tick));
          return (
            <g key={tick}>
              <line x1="0" x2="100%" y1={y} y2={y} stroke={GRID} />
              <text x={-8} y={y} textAnchor="end" dominantBaseline="middle" fill={TICK_TEXT}>
                {tick}
              </text>
            </g>
          );
        })}
        {line.xTicks.map((tick, i) => (
          <g key={tick.time}>
            <line x1={pct(tick.x)} x2={pct(tick.x)} y1="0" y2="100%" stroke={GRID} />
            {/* The first date starts at its tick and the last ends at its own, so neither leaves the chart. */}
            <text
              x={pct(tick.x)}
              y="100%"
              dy={17}
              textAnchor={lastTick === 0 ? "middle" : i === 0 ? "start" : "end"}
              fill={TICK_TEXT}
            >
              {dateOf(tick.time).slice(5)}
            </text>
          </g>
        ))}
        <line x1="0" x2="0" y1="0" y2="100%" stroke={AXIS} />
        <line x1="0" x2="100%" y1="100%" y2="100%" stroke={AXIS} />
        <ReferenceLine score={90} lastScore={lastScore} stroke="#059669" text="+20%" textFill="#047857" />
        <ReferenceLine
          score={50}
          lastScore={lastScore}
          stroke="#b91c1c"
          text="suspended below"
          textFill="#b91c1c"
        />
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" width="100%" height="100%" overflow="visible">
          <path
            d={line.path}
            data-testid="quality-line"
            fill="none"
            stroke={LINE}
            strokeWidth={2}
            strokeLinejoin="round"
            vectorEffect="non-scaling-stroke"
          />
        </svg>
        {line.dots.map((dot, i) => (
          <g key={`${dot.time}-${i}`} data-quality-dot={dot.score}>
            <title>{`${dateOf(dot.time)}: quality ${dot.score}`}</title>
            {/* A larger, invisible target so the tooltip is easy to reach. */}
            <circle cx={pct(dot.x)} cy={pct(dot.y)} r={10} fill="transparent" />
            <circle cx={pct(dot.x)} cy={pct(dot.y)} r={3.5} fill="#ffffff" stroke={LINE} strokeWidth={2} />
          </g>
        ))}
      </svg>
    </div>
  );
}
