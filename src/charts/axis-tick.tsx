// Axis labels as plain SVG text: recharts' default Text wraps words to the axis' width, and so
// measures every label in the DOM on every redraw; a one-line number or year needs none of that.
// The vertical offsets are Text's own for one line.
import type { BaseTickContentProps } from 'recharts';

const DY = { start: '0.71em', middle: '0.355em', end: undefined } as const;

export function axisTickLabel(style: { fontSize: number; fill: string }) {
  return function AxisTickLabel({ x, y, textAnchor, verticalAnchor, payload, index, tickFormatter, className }: BaseTickContentProps & { orientation?: string }) {
    const text = tickFormatter ? tickFormatter(payload.value, index) : String(payload.value);
    return (
      <text x={x} y={y} dy={DY[verticalAnchor]} textAnchor={textAnchor} fontSize={style.fontSize} fill={style.fill} className={className}>
        {text}
      </text>
    );
  };
}

/**
 * The y axis' title, rotated along it, as recharts' Label would place it (insideLeft, centred),
 * in plain text for the same reason as the tick labels.
 */
export function AxisTitle({ viewBox, text, fontSize, fill }: { viewBox?: { x?: number; y?: number; height?: number }; text: string; fontSize: number; fill: string }) {
  const x = viewBox?.x ?? 0;
  const y = (viewBox?.y ?? 0) + (viewBox?.height ?? 0) / 2;
  return (
    <text x={x} y={y} dy={DY.middle} transform={`rotate(-90, ${x}, ${y})`} textAnchor="middle" fontSize={fontSize} fill={fill} className="recharts-label">
      {text}
    </text>
  );
}
