/** Drawing the series on the canvas: a sparkline scaled to the values, with a baseline. */

export function drawSeries(canvas: HTMLCanvasElement, values: readonly number[]): void {
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  const { width, height } = canvas;
  ctx.clearRect(0, 0, width, height);
  ctx.strokeStyle = "#d0d7de";
  ctx.beginPath();
  ctx.moveTo(0, height - 0.5);
  ctx.lineTo(width, height - 0.5);
  ctx.stroke();
  if (values.length < 2) return;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const pad = 8;
  ctx.strokeStyle = "#0969da";
  ctx.lineWidth = 2;
  ctx.beginPath();
  values.forEach((v, i) => {
    const x = (i / (values.length - 1)) * width;
    const y = height - pad - ((v - min) / span) * (height - 2 * pad);
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  });
  ctx.stroke();
}

/** A drag across the canvas becomes a series: one value per pointer move, higher = larger. */
export function enableDrawing(canvas: HTMLCanvasElement, onChange: (values: number[]) => void): void {
  let drawing: number[] | undefined;
  const valueAt = (e: PointerEvent) => {
    const rect = canvas.getBoundingClientRect();
    return Math.round(((rect.bottom - e.clientY) / rect.height) * 100);
  };
  canvas.addEventListener("pointerdown", (e) => {
    drawing = [valueAt(e)];
    canvas.setPointerCapture?.(e.pointerId);
  });
  canvas.addEventListener("pointermove", (e) => {
    if (!drawing) return;
    drawing.push(valueAt(e));
    onChange(drawing);
  });
  const end = () => {
    if (drawing && drawing.length > 1) onChange(drawing);
    drawing = undefined;
  };
  canvas.addEventListener("pointerup", end);
  canvas.addEventListener("pointercancel", end);
}
