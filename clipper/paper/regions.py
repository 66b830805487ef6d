"""Suggested article regions on a page: simple and honest, the user's rectangle rules.

1. Ruled lines: long thin dark runs in the page image (the rules papers print between
   articles) split the page into cells, biggest rules first.
2. Within a cell, the page's text lines split at wide blank bands (more than two and a
   half lines of space): each group of lines is an article candidate; one led by large
   type (a headline) scores higher, so does one boxed in by rules.
3. Headlines (runs of lines in type at least 1.6 times the page's body size) and photos
   (dense ink with no words on it) are suggested on their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from statistics import median

from clipper.domain import Box, Region, Word
from clipper.paper.layout import Line, lines_of

WORK_WIDTH = 1200  # the page is searched for rules and photos at about this width


@dataclass
class Rule:
    horizontal: bool
    start: int  # along the rule
    end: int
    at: int  # across it


def suggest(image_path: Path, words: list[Word], width: int, height: int) -> list[Region]:
    """Regions for a page: articles first (surest first), then headlines and photos."""
    from PIL import Image

    with Image.open(image_path) as img:
        gray = img.convert("L")
        scale = min(WORK_WIDTH / gray.width, 1.0)
        if scale < 1.0:
            gray = gray.resize((max(round(gray.width * scale), 1),
                                max(round(gray.height * scale), 1)))
    rules = find_rules(gray, scale)
    lines = lines_of(words) if words else []
    body = median(line.height for line in lines) if lines else 0.0
    cells = _cells((0, 0, width, height), rules, depth=0)
    regions: list[Region] = []
    for cell, ruled in cells:
        cell_lines = [line for line in lines if _centre_in(line.box, cell)]
        for group in _groups(cell_lines, body):
            regions.append(_article(group, cell, ruled, body))
    regions = [r for r in regions if r is not None]
    regions.sort(key=lambda r: (-r.score, -(r.box[2] - r.box[0]) * (r.box[3] - r.box[1])))
    regions += _headlines(lines, body)
    regions += _photos(gray, scale, words, width, height)
    return regions


# ---- ruled lines --------------------------------------------------------------------------

def find_rules(gray, scale: float) -> list[Rule]:  # noqa: ANN001 -- a PIL image
    """Long, thin, dark lines, in page-image pixels."""
    import numpy as np

    dark = np.asarray(gray) < 110
    found: list[Rule] = []
    for horizontal, mask in ((True, dark), (False, dark.T)):
        length = mask.shape[1]
        min_run = int(0.12 * length)
        runs_by_row: list[tuple[int, int, int]] = []
        for row in range(mask.shape[0]):
            line = mask[row]
            if line.sum() < min_run:
                continue
            padded = np.concatenate(([False], line, [False])).astype(np.int8)
            edges = np.flatnonzero(np.diff(padded))
            starts, ends = edges[0::2], edges[1::2]
            long = np.flatnonzero(ends - starts >= min_run)
            for i in long:
                runs_by_row.append((row, int(starts[i]), int(ends[i])))
        # consecutive rows with overlapping runs are one rule; thick ones are not rules
        runs_by_row.sort()
        merged: list[list[int]] = []  # [first row, last row, start, end]
        for row, start, end in runs_by_row:
            for rule in merged:
                if row - rule[1] <= 1 and min(end, rule[3]) - max(start, rule[2]) > 0:
                    rule[1], rule[2], rule[3] = row, min(start, rule[2]), max(end, rule[3])
                    break
            else:
                merged.append([row, row, start, end])
        for first, last, start, end in merged:
            if last - first + 1 <= max(int(8 * scale), 3):
                found.append(Rule(horizontal, int(start / scale), int(end / scale),
                                  int((first + last) / 2 / scale)))
    return found


def _cells(box: Box, rules: list[Rule], depth: int) -> list[tuple[Box, bool]]:
    """The page cut into cells along the rules that cross most of a region."""
    x0, y0, x1, y1 = box
    if depth > 8:
        return [(box, depth > 0)]
    for horizontal in (True, False):
        span = (x1 - x0) if horizontal else (y1 - y0)
        cuts = sorted({r.at for r in rules if r.horizontal == horizontal
                       and (y0 if horizontal else x0) + 20 < r.at < (y1 if horizontal else x1) - 20
                       and min(r.end, x1 if horizontal else y1) - max(r.start, x0 if horizontal else y0)
                       >= 0.7 * span})
        if cuts:
            edges = [(y0 if horizontal else x0), *cuts, (y1 if horizontal else x1)]
            out: list[tuple[Box, bool]] = []
            for a, b in zip(edges, edges[1:], strict=False):
                if b - a < 20:
                    continue
                part = (x0, a, x1, b) if horizontal else (a, y0, b, y1)
                out += _cells(part, rules, depth + 1)
            return out
    return [(box, depth > 0)]


def _centre_in(box: tuple[float, float, float, float], cell: Box) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return cell[0] <= cx < cell[2] and cell[1] <= cy < cell[3]


# ---- articles and headlines ---------------------------------------------------------------

def _groups(lines: list[Line], body: float) -> list[list[Line]]:
    if not lines:
        return []
    lines = sorted(lines, key=lambda ln: ln.box[1])
    groups = [[lines[0]]]
    bottom = lines[0].box[3]
    for line in lines[1:]:
        if line.box[1] - bottom > 2.5 * body:
            groups.append([line])
        else:
            groups[-1].append(line)
        bottom = max(bottom, line.box[3])
    return groups


def _article(group: list[Line], cell: Box, ruled: bool, body: float) -> Region | None:
    headline = any(ln.height >= 1.6 * body for ln in group)
    if len(group) < 2 and not headline:
        return None
    pad = int(0.6 * body)
    box = (max(int(min(ln.box[0] for ln in group)) - pad, cell[0]),
           max(int(min(ln.box[1] for ln in group)) - pad, cell[1]),
           min(int(max(ln.box[2] for ln in group)) + pad, cell[2]),
           min(int(max(ln.box[3] for ln in group)) + pad, cell[3]))
    score = 0.4 + (0.3 if headline else 0.0) + (0.2 if ruled else 0.0) + \
        (0.1 if len(group) > 5 else 0.0)
    return Region(box, "article", min(score, 1.0))


def _headlines(lines: list[Line], body: float) -> list[Region]:
    big = sorted((ln for ln in lines if body and ln.height >= 1.6 * body), key=lambda ln: ln.box[1])
    out: list[list[Line]] = []
    for line in big:
        if out and line.box[1] - out[-1][-1].box[3] < 0.8 * line.height and \
                min(line.box[2], out[-1][-1].box[2]) > max(line.box[0], out[-1][-1].box[0]):
            out[-1].append(line)
        else:
            out.append([line])
    return [Region((int(min(ln.box[0] for ln in g)), int(min(ln.box[1] for ln in g)),
                    int(max(ln.box[2] for ln in g)) + 1, int(max(ln.box[3] for ln in g)) + 1),
                   "headline", 0.6) for g in out]


# ---- photos ---------------------------------------------------------------------------------

def _photos(gray, scale: float, words: list[Word], width: int, height: int) -> list[Region]:  # noqa: ANN001
    """Dense ink that carries no words: tiles of the small page, flood-filled."""
    import numpy as np

    tile = 8
    pixels = np.asarray(gray)
    rows, cols = pixels.shape[0] // tile, pixels.shape[1] // tile
    if rows == 0 or cols == 0:
        return []
    tiles = pixels[: rows * tile, : cols * tile].reshape(rows, tile, cols, tile)
    dense = (tiles < 160).mean(axis=(1, 3)) > 0.35
    for w in words:  # tiles under a word are text, not a photo
        r0, r1 = int(w.box[1] * scale / tile), int(w.box[3] * scale / tile) + 1
        c0, c1 = int(w.box[0] * scale / tile), int(w.box[2] * scale / tile) + 1
        dense[r0:r1, c0:c1] = False
    seen = np.zeros_like(dense)
    found: list[Region] = []
    min_tiles = 0.01 * rows * cols
    for r in range(rows):
        for c in range(cols):
            if not dense[r, c] or seen[r, c]:
                continue
            stack, members = [(r, c)], []
            seen[r, c] = True
            while stack:
                y, x = stack.pop()
                members.append((y, x))
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and dense[ny, nx] and not seen[ny, nx]:
                        seen[ny, nx] = True
                        stack.append((ny, nx))
            if len(members) < min_tiles:
                continue
            ys, xs = [m[0] for m in members], [m[1] for m in members]
            box = (int(min(xs) * tile / scale), int(min(ys) * tile / scale),
                   min(int((max(xs) + 1) * tile / scale), width),
                   min(int((max(ys) + 1) * tile / scale), height))
            found.append(Region(box, "photo", 0.5))
    return found
