"""Draws the toolbar icon (a speech bubble holding a pause mark) as PNGs, with no image library.

Run once when the design changes: python3 tools/make-icons.py; the PNGs are committed.
"""
import struct
import zlib
from pathlib import Path

TEAL = (13, 110, 106, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def pixel(x, y):
    """Colour at (x, y) in a 1x1 design space, supersampled by the caller."""
    in_bubble = (0.06 <= x <= 0.94 and 0.08 <= y <= 0.74) and not (
        # round the bubble's corners
        any((x - cx) ** 2 + (y - cy) ** 2 > 0.14 ** 2 and abs(x - cx) <= 0.14 and abs(y - cy) <= 0.14
            and ((x < cx) == (cx < 0.5)) and ((y < cy) == (cy < 0.4))
            for cx, cy in ((0.2, 0.22), (0.8, 0.22), (0.2, 0.6), (0.8, 0.6)))
    )
    in_tail = 0.22 <= x <= 0.46 and 0.7 <= y <= 0.94 and (y - 0.7) <= (0.46 - x) * 1.0
    if not (in_bubble or in_tail):
        return CLEAR
    bar = 0.25 <= y <= 0.57 and (0.34 <= x <= 0.44 or 0.56 <= x <= 0.66)
    return WHITE if bar else TEAL


def render(size, samples=4):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    c = pixel((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
                    for i in range(4):
                        acc[i] += c[i]
            row += bytes(v // (samples * samples) for v in acc)
        rows.append(bytes(row))
    return b"".join(rows)


def png(size):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(render(size), 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "extension" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 128):
        (out / f"icon-{size}.png").write_bytes(png(size))
