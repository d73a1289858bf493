// A person's load against their capacity. Past capacity the bar runs on beyond the capacity mark
// in red (7 of 5: the mark at 5/7 of the width), so "over" reads as over, not as "full".
export function LoadBar({ work, capacity, label }: { work: number; capacity: number; label: string }) {
  const over = work > capacity;
  const scale = Math.max(work, capacity, 1);
  const mark = (capacity / scale) * 100;
  const fill = (work / scale) * 100;
  const colour = over ? "#cf1322" : work >= capacity ? "#fa8c16" : "#1677ff";
  return (
    <div
      // The same figure is written out beside it; the bar is for the eye.
      aria-hidden
      title={label}
      data-testid="load-bar"
      data-over={over}
      style={{ position: "relative", height: 8, borderRadius: 4, background: "#f0f0f0", marginTop: 4 }}
    >
      <div
        style={{
          position: "absolute",
          insetBlock: 0,
          left: 0,
          width: `${Math.min(fill, mark)}%`,
          background: colour,
          borderRadius: 4,
        }}
      />
      {over ? (
        <div
          data-testid="load-bar-over"
          style={{
            position: "absolute",
            insetBlock: 0,
            left: `${mark}%`,
            width: `${fill - mark}%`,
            borderRadius: "0 4px 4px 0",
            background: "repeating-linear-gradient(135deg, #cf1322 0 4px, #ff7875 4px 8px)",
          }}
        />
      ) : null}
      {/* The capacity mark: 100 %. */}
      <div
        aria-hidden
        style={{
          position: "absolute",
          top: -3,
          bottom: -3,
          left: `calc(${mark}% - 1px)`,
          width: 2,
          background: "#595959",
        }}
      />
    </div>
  );
}
