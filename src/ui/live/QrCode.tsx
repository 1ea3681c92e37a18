import { useMemo } from 'react';
import qrcode from 'qrcode-generator';

/** A QR code of `text` drawn as SVG rectangles (no HTML string from the library reaches the page). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const cells = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text);
    qr.make();
    const size = qr.getModuleCount();
    const dark: [number, number][] = [];
    for (let row = 0; row < size; row++)
      for (let col = 0; col < size; col++) if (qr.isDark(row, col)) dark.push([col, row]);
    return { size, dark };
  }, [text]);
  const box = cells.size + 8;
  return (
    <svg
      className="live-qr"
      role="img"
      aria-label={label}
      viewBox={`-4 -4 ${box} ${box}`}
      width={box * 4}
      height={box * 4}
      shapeRendering="crispEdges"
    >
      <rect x={-4} y={-4} width={box} height={box} fill="#fff" />
      {cells.dark.map(([x, y]) => (
        <rect key={`${x}-${y}`} x={x} y={y} width={1} height={1} fill="#000" />
      ))}
    </svg>
  );
}
