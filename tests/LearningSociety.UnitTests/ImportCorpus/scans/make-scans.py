#!/usr/bin/env python3
"""Makes scan-like copies of corpus plans, for measuring the OCR of scanned plans.

Each plan's .txt is laid out as an A4 page (HTML printed to PDF by headless Chromium, serif font),
rasterised in grey by pdftoppm at the chosen resolution, then spoilt like a scan of the signed paper:
a slight skew (rotation by two shears), paper tone, speckle noise, a stamp-like ring and a blot.
The result is written as an image-only PDF (one grey, Flate-compressed image per page) or as a PNG
(first page). Only the standard library is used (no PIL), plus chromium and pdftoppm.

  python3 make-scans.py OUT_DIR [--dpi 150] [--format pdf|png] [--seed 1] PLAN.txt...

The output keeps the plan's name: 03-khanh-hoa-4341.txt -> OUT_DIR/03-khanh-hoa-4341.pdf.
"""
import argparse
import html
import math
import os
import random
import struct
import subprocess
import sys
import tempfile
import zlib


def layout_pdf(text, pdf_path, work):
    page = os.path.join(work, "page.html")
    paragraphs = "".join("<p>" + (html.escape(line) or "&nbsp;") + "</p>" for line in text.split("\n"))
    with open(page, "w", encoding="utf-8") as f:
        f.write("<!doctype html><meta charset=utf-8><style>@page{size:A4;margin:2cm 2cm 2cm 3cm}"
                "body{font-family:'Liberation Serif','DejaVu Serif',serif;font-size:13pt;line-height:1.35}"
                "p{margin:0 0 .15em;text-align:justify}</style>" + paragraphs)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=" + os.path.join(work, "profile"), "--print-to-pdf=" + pdf_path, page],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def rasterise(pdf_path, dpi, work):
    prefix = os.path.join(work, "raster")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", pdf_path, prefix], check=True, timeout=300)
    names = sorted(n for n in os.listdir(work) if n.startswith("raster") and n.endswith(".pgm"))
    return [read_pgm(os.path.join(work, n)) for n in names]


def read_pgm(path):
    with open(path, "rb") as f:
        data = f.read()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos)
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b"P5" and fields[3] == b"255", "8-bit grey PGM expected"
    w, h = int(fields[1]), int(fields[2])
    pixels = data[pos + 1:pos + 1 + w * h]
    return w, h, [bytearray(pixels[y * w:(y + 1) * w]) for y in range(h)]


def rotate(w, h, rows, degrees):
    """A small rotation as two shears: columns moved down by x*tan, then rows moved right by y*tan."""
    t = math.tan(math.radians(degrees))
    white = 255
    out = [bytearray([white]) * w for _ in range(h)]
    x = 0
    while x < w:
        shift = round((x - w / 2) * t)
        x_end = x + 1
        while x_end < w and round((x_end - w / 2) * t) == shift:
            x_end += 1
        for y in range(h):
            src = y - shift
            if 0 <= src < h:
                out[y][x:x_end] = rows[src][x:x_end]
        x = x_end
    for y in range(h):
        shift = round((h / 2 - y) * t)
        row = out[y]
        if shift > 0:
            out[y] = bytearray([white]) * shift + row[:w - shift]
        elif shift < 0:
            out[y] = row[-shift:] + bytearray([white]) * (-shift)
    return out


def spoil(w, h, rows, dpi, rng, first_page):
    rows = rotate(w, h, rows, rng.uniform(0.4, 1.0) * rng.choice([-1, 1]))
    paper = bytes(min(255, int(v * 0.93) + 6) for v in range(256))  # greyish paper, ink not quite black
    rows = [row.translate(paper) for row in rows]
    for _ in range(int(w * h * 0.002)):  # dust and toner specks
        y, x = rng.randrange(h), rng.randrange(w)
        v = rng.randrange(0, 90)
        for dy in range(rng.choice([1, 1, 2])):
            if y + dy < h:
                rows[y + dy][x] = v
    if first_page:
        # A stamp-like ring (a red seal scans as mid grey) across the signature or the header...
        cx, cy = rng.uniform(0.55, 0.8) * w, rng.uniform(0.15, 0.85) * h
        r_out, r_in = 0.75 * dpi, 0.68 * dpi
        for y in range(max(0, int(cy - r_out)), min(h, int(cy + r_out) + 1)):
            dy = y - cy
            for x in range(max(0, int(cx - r_out)), min(w, int(cx + r_out) + 1)):
                d = math.hypot(x - cx, dy)
                if r_in <= d <= r_out or (d < r_in * 0.25):
                    rows[y][x] = min(rows[y][x], 120)
        # ...and a blot (a stain) that greys a patch of text.
        bx, by, rx, ry = rng.uniform(0.2, 0.7) * w, rng.uniform(0.3, 0.8) * h, 0.5 * dpi, 0.3 * dpi
        for y in range(max(0, int(by - ry)), min(h, int(by + ry) + 1)):
            for x in range(max(0, int(bx - rx)), min(w, int(bx + rx) + 1)):
                if ((x - bx) / rx) ** 2 + ((y - by) / ry) ** 2 <= 1:
                    rows[y][x] = int(rows[y][x] * 0.72)
    return rows


def write_png(path, w, h, rows):
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    raw = b"".join(b"\0" + bytes(row) for row in rows)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def write_pdf(path, pages, dpi):
    """An image-only PDF: one grey image per page, no text layer (what a scanner writes)."""
    objects = [None, None]  # 1 catalog, 2 pages
    kids = []
    for w, h, rows in pages:
        image = zlib.compress(b"".join(bytes(r) for r in rows), 9)
        pw, ph = w * 72 / dpi, h * 72 / dpi
        objects.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                       b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(image)) + image + b"\nendstream")
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                       % (pw, ph, len(objects) - 1, len(objects)))
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(path, "wb") as f:
        f.write(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("plans", nargs="+")
    parser.add_argument("--dpi", type=int, default=150)
    parser.add_argument("--format", choices=["pdf", "png"], default="pdf")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for plan in args.plans:
        rng = random.Random(f"{args.seed}:{os.path.basename(plan)}")
        with open(plan, encoding="utf-8") as f:
            text = f.read()
        with tempfile.TemporaryDirectory() as work:
            pdf = os.path.join(work, "clean.pdf")
            layout_pdf(text, pdf, work)
            pages = rasterise(pdf, args.dpi, work)
            spoilt = [(w, h, spoil(w, h, rows, args.dpi, rng, i == 0)) for i, (w, h, rows) in enumerate(pages)]
        name = os.path.splitext(os.path.basename(plan))[0]
        target = os.path.join(args.out, name + "." + args.format)
        if args.format == "png":
            write_png(target, *spoilt[0])
        else:
            write_pdf(target, spoilt, args.dpi)
        print(f"{target}: {len(spoilt)} page(s), {os.path.getsize(target) // 1024} KB", file=sys.stderr)


if __name__ == "__main__":
    main()
