"""Words into lines, blocks and reading order; the words a rectangle holds.

Reading order is a recursive XY-cut over lines: a region splits first at a vertical
gap running its whole height (a column gutter; columns read left to right, right to
left for vertical text), otherwise at a horizontal gap running its whole width (top to
bottom). A headline spanning the columns blocks every vertical cut, so it is cut off
above them first and read first. Lines then join into paragraphs at a wider line gap,
a first-line indent, a change of type size or a short last line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from statistics import median

from clipper.domain import Box, Word

# A word is in a rectangle when at least this share of its box is inside it.
INSIDE_SHARE = 0.5
# A gap between two words of one OCR line wider than this many type heights is a
# column gutter (Tesseract's single-column mode runs lines across columns); a word
# space is about a third of the height.
COLUMN_GAP = 1.5


@dataclass
class Line:
    words: list[Word]
    box: tuple[float, float, float, float] = field(init=False)

    def __post_init__(self) -> None:
        self.box = (min(w.box[0] for w in self.words), min(w.box[1] for w in self.words),
                    max(w.box[2] for w in self.words), max(w.box[3] for w in self.words))

    @property
    def height(self) -> float:
        """The type's height: the median word box, brackets and quotes left out where
        the line has other words (their boxes are taller than the letters)."""
        plain = [w for w in self.words if not any(c in "()[]{}|/\"'“”‘’" for c in w.text)]
        return float(median(w.box[3] - w.box[1] for w in (plain or self.words)))

    def text(self) -> str:
        return " ".join(w.text for w in self.words)


# ---- text layer: characters' words into lines and blocks --------------------------------

def group_lines(raw: list[list]) -> list[Word]:
    """Words of a text layer ([text, x0, y0, x1, y1, size], in content order) as Words
    numbered by block and line: consecutive words on one baseline without a column's
    gap between them make a line; consecutive lines of one column and type size,
    close together, make a block."""
    lines: list[list[list]] = []
    for word in raw:
        if lines:
            last = lines[-1][-1]
            height = max(min(last[4] - last[2], word[4] - word[2]), 1.0)
            overlap = min(last[4], word[4]) - max(last[2], word[2])
            gap = word[1] - last[3]
            if overlap > 0.5 * height and -0.5 * height < gap < 1.5 * height:
                lines[-1].append(word)
                continue
        lines.append([word])
    out: list[Word] = []
    block = 0
    previous: list[list] | None = None
    for number, line in enumerate(lines):
        if previous is not None and not _same_block(previous, line):
            block += 1
        for w in line:
            out.append(Word(w[0], _int_box(w[1:5]), block, number, 100.0))
        previous = line
    return out


def _same_block(above: list[list], below: list[list]) -> bool:
    a = (min(w[1] for w in above), min(w[2] for w in above),
         max(w[3] for w in above), max(w[4] for w in above))
    b = (min(w[1] for w in below), min(w[2] for w in below),
         max(w[3] for w in below), max(w[4] for w in below))
    size_a = max(w[5] for w in above) or (a[3] - a[1])
    size_b = max(w[5] for w in below) or (b[3] - b[1])
    if size_a <= 0 or size_b <= 0 or max(size_a, size_b) > 1.25 * min(size_a, size_b):
        return False
    gap = b[1] - a[3]
    horizontal = min(a[2], b[2]) - max(a[0], b[0])
    return -0.2 * size_a < gap < 1.0 * size_a and horizontal > 0.3 * min(a[2] - a[0], b[2] - b[0])


def _int_box(values) -> Box:  # noqa: ANN001 -- four numbers
    x0, y0, x1, y1 = values
    return (int(round(x0)), int(round(y0)), max(int(round(x1)), int(round(x0)) + 1),
            max(int(round(y1)), int(round(y0)) + 1))


# ---- which words a rectangle holds -------------------------------------------------------

def inside(word: Word, rect: Box) -> bool:
    """Whether most of the word's box is inside the rectangle (never drop a word the
    rectangle cuts through the middle of; never take one it only grazes)."""
    x0, y0, x1, y1 = word.box
    area = max(x1 - x0, 1) * max(y1 - y0, 1)
    ix = min(x1, rect[2]) - max(x0, rect[0])
    iy = min(y1, rect[3]) - max(y0, rect[1])
    return ix > 0 and iy > 0 and ix * iy >= INSIDE_SHARE * area


def words_in(words: list[Word], rect: Box) -> list[Word]:
    return [w for w in words if inside(w, rect)]


# ---- reading order ------------------------------------------------------------------------

def lines_of(words: list[Word], vertical: bool = False) -> list[Line]:
    """Words grouped by their (block, line) numbers; a line whose words the page's
    numbering put together but that a column gap splits becomes two lines."""
    groups: dict[tuple[int, int], list[Word]] = {}
    for w in words:
        groups.setdefault((w.block, w.line), []).append(w)
    axis = 1 if vertical else 0
    gutters = _gutters(words, axis) if words else []
    size = median((w.box[2] - w.box[0]) if vertical else (w.box[3] - w.box[1])
                  for w in words) if words else 0
    per_char = _per_char(words, axis) if words else 0.0
    if gutters:  # no body text is printed in a gutter: an OCR word read there is a speck
        words = [w for w in words if w.conf >= 99 or not any(
            a <= w.box[axis] and w.box[axis + 2] <= b for a, b in gutters)
            or _per_char([w], axis) > 1.4 * per_char]  # a headline's word
        words = [_out_of_gutters(w, gutters, axis, per_char) for w in words]
        groups = {}
        for w in words:
            groups.setdefault((w.block, w.line), []).append(w)
    lines: list[Line] = []
    for group in groups.values():
        group.sort(key=lambda w: w.box[axis])
        height = median((w.box[2] - w.box[0]) if vertical else (w.box[3] - w.box[1])
                        for w in group)

        # A headline's letters are wider, not only taller (OCR boxes of a body line are
        # sometimes two lines tall): judged by the width per character.
        headline = len(group) >= 3 and _per_char(group, axis) >= 1.4 * per_char
        current = [group[0]]
        for w in group[1:]:
            start, end = current[-1].box[axis + 2], w.box[axis]
            gap = end - start
            # The gap between a column's last word and the next column's first lies
            # over the gutter (a word's box, or a speck stuck to it, may reach into
            # it); a headline's word space over a gutter is not a column break.
            in_gutter = not headline and gap >= 0.4 * size and any(
                min(b, end) - max(a, start) >= 0.3 * (b - a) for a, b in gutters)
            if gap > COLUMN_GAP * max(height, 1) or in_gutter:
                lines.append(Line(current))
                current = [w]
            else:
                current.append(w)
        lines.append(Line(current))
    return lines


def _per_char(words: list[Word], axis: int) -> float:
    """The median width of a character along the line (type size, robust to OCR boxes
    that are too tall)."""
    return float(median((w.box[axis + 2] - w.box[axis]) / max(len(w.text), 1) for w in words))


def _out_of_gutters(w: Word, gutters: list[tuple[int, int]], axis: int,
                    per_char: float) -> Word:
    """An OCR word of body size whose box reaches across a gutter's edge (Tesseract's
    boxes are sometimes far too wide) is cut back to the side it mostly lies on."""
    if w.conf >= 99 or _per_char([w], axis) > 1.4 * per_char and len(w.text) >= 2:
        return w
    lo, hi = w.box[axis], w.box[axis + 2]
    for a, b in gutters:
        if lo < a < hi or lo < b < hi:
            left, right = max(0, min(a, hi) - lo), max(0, hi - max(b, lo))
            lo, hi = (lo, min(hi, a)) if left >= right else (max(lo, b), hi)
    if (lo, hi) == (w.box[axis], w.box[axis + 2]) or hi <= lo:
        return w
    box = list(w.box)
    box[axis], box[axis + 2] = lo, hi
    return Word(w.text, (box[0], box[1], box[2], box[3]), w.block, w.line, w.conf)


def _gutters(words: list[Word], axis: int) -> list[tuple[int, int]]:
    """Spans across the body text's extent that no body word covers: column gutters.
    Body words only (type no bigger than 1.3 times the median): a headline over the
    columns would cover every gutter. A gutter is at least the type's height wide
    (about an em in print); word spaces that happen to line up are narrower."""
    if len(words) < 12:
        return []
    size = median((w.box[3 - axis] - w.box[1 - axis]) for w in words)
    body = [w for w in words if w.box[3 - axis] - w.box[1 - axis] <= 1.3 * size]
    lo = min(w.box[axis] for w in body)
    hi = max(w.box[axis + 2] for w in body)
    if hi - lo < 4:
        return []
    cover = [0] * (hi - lo + 1)
    for w in body:
        cover[w.box[axis] - lo] += 1
        cover[w.box[axis + 2] - lo] -= 1
    running, level = 0, []
    for delta in cover:
        running += delta
        level.append(running)
    peak = max(level)
    if peak < 3:  # two lines are not enough to tell a gutter from spaces lining up
        return []
    quiet = int(0.2 * peak)  # stray marks in a gutter; a column covers most of its width
    spans: list[tuple[int, int]] = []
    start = None
    for i, value in enumerate(level):
        if value <= quiet and start is None:
            start = i
        elif value > quiet and start is not None:
            if i - start >= 0.8 * size:
                spans.append((start + lo, i + lo))
            start = None
    return spans


def reading_order(lines: list[Line], vertical: bool = False) -> list[list[Line]]:
    """Lines in reading order, as the leaves of an XY-cut: each leaf a run of lines
    read one after the other (a column, or a part of one)."""
    if not lines:
        return []
    gutters = [] if vertical else _gutters([w for ln in lines for w in ln.words], 0)
    # the type size: the median word's height (across, for vertical text)
    body = median(min(w.box[2] - w.box[0], w.box[3] - w.box[1]) if vertical
                  else w.box[3] - w.box[1] for ln in lines for w in ln.words)
    leaves: list[list[Line]] = []
    _xy_cut(lines, vertical, max(body, 1.0), leaves, gutters)
    return leaves


def _xy_cut(lines: list[Line], vertical: bool, body: float, out: list[list[Line]],
            gutters: list[tuple[int, int]]) -> None:
    if len(lines) == 1:
        out.append(lines)
        return
    columns = _split(lines, axis=0, min_gap=0.5 * body, gutters=gutters)
    if len(columns) > 1:
        if vertical:
            columns.reverse()
        for part in columns:
            _xy_cut(part, vertical, body, out, gutters)
        return
    rows = _split(lines, axis=1, min_gap=0.0)
    if len(rows) > 1:
        # Every text row of a multi-column body is its own horizontal band; read band by
        # band, the columns would interleave. Consecutive bands that together still
        # have a column gutter stay together (and are cut into columns below); a band
        # that spans the gutters (a headline) stands alone.
        # A band that would bridge one of the gutters found so far (the next article's
        # narrower headline) starts a new group too.
        groups = [rows[0]]
        for row in rows[1:]:
            merged = groups[-1] + row
            if len(_split(merged, axis=0, min_gap=0.5 * body, gutters=gutters)) > 1 and \
                    not _bridges(row, groups[-1], body, gutters):
                groups[-1] = merged
            else:
                groups.append(row)
        for part in groups:
            _xy_cut(part, vertical, body, out, gutters)
        return
    # Nothing separates them (overlapping boxes): top to bottom, then across.
    key = (lambda ln: (-ln.box[2], ln.box[1])) if vertical else (lambda ln: (ln.box[1], ln.box[0]))
    out.append(sorted(lines, key=key))


def _bridges(row: list[Line], group: list[Line], body: float,
             gutters: list[tuple[int, int]]) -> bool:
    """Whether a line of `row` reaches across two of the group's columns."""
    columns = _split(group, axis=0, min_gap=0.5 * body, gutters=gutters)
    if len(columns) < 2:
        return False
    spans = [(min(ln.box[0] for ln in c), max(ln.box[2] for ln in c)) for c in columns]
    for line in row:
        touched = sum(1 for a, b in spans if min(b, line.box[2]) - max(a, line.box[0]) > body)
        if touched >= 2:
            return True
    return False


def _split(lines: list[Line], axis: int, min_gap: float,
           gutters: list[tuple[int, int]] | tuple = ()) -> list[list[Line]]:
    """Groups of lines separated by gaps wider than `min_gap` along `axis` (0: x), or,
    across, by a gap of more than a third of that over a column gutter (the boxes of
    OCR words reach into gutters)."""
    spans = sorted(lines, key=lambda ln: ln.box[axis])
    groups: list[list[Line]] = [[spans[0]]]
    reach = spans[0].box[axis + 2]
    for line in spans[1:]:
        start = line.box[axis]
        over_gutter = axis == 0 and start - reach > min_gap / 3 and any(
            a <= start and reach <= b or min(b, start) - max(a, reach) > 0 for a, b in gutters)
        if start - reach > min_gap or over_gutter:
            groups.append([line])
        else:
            groups[-1].append(line)
        reach = max(reach, line.box[axis + 2])
    return groups


def paragraphs(leaves: list[list[Line]], vertical: bool = False) -> list[str]:
    """The text of ordered leaves as paragraphs: a new one at a wider gap, a first-line
    indent, a change of type size, or after a short line."""
    lines = [line for leaf in leaves for line in leaf]
    if not lines:
        return []
    body = median(ln.height for ln in lines)
    out: list[list[Line]] = []
    previous: Line | None = None
    runs = _column_runs(leaves)
    leaf_of = {id(line): i for i, run in enumerate(runs) for line in run}
    extents = [(min(ln.box[0] for ln in run), max(ln.box[2] for ln in run)) for run in runs]
    # Where paragraphs start indented (Korean papers), a short line is only ragged
    # setting; where they do not, a line ending well short of the column ends one.
    indents = [any(ln.box[0] - extents[i][0] > 0.6 * body for ln in run)
               for i, run in enumerate(runs)]
    for line in lines:
        # Vertical text (columns right to left) is read as one run: its lines are
        # too short to tell paragraphs by shape.
        if previous is None or (not vertical and _breaks(
                previous, line, body, extents[leaf_of[id(previous)]],
                extents[leaf_of[id(line)]], leaf_of[id(previous)] != leaf_of[id(line)],
                indents[leaf_of[id(line)]])):
            out.append([line])
        else:
            out[-1].append(line)
        previous = line
    return [_join(group) for group in out]


def _column_runs(leaves: list[list[Line]]) -> list[list[Line]]:
    """Consecutive leaves stacked in one column (a single-column text cut into one
    leaf per line): paragraph shape (indent, short line) is judged within a run."""
    runs: list[list[Line]] = []
    for leaf in leaves:
        if runs:
            run = runs[-1]
            left, right = min(ln.box[0] for ln in run), max(ln.box[2] for ln in run)
            x0, x1 = min(ln.box[0] for ln in leaf), max(ln.box[2] for ln in leaf)
            below = min(ln.box[1] for ln in leaf) >= max(ln.box[3] for ln in run) - 2
            if below and min(right, x1) - max(left, x0) > 0.5 * min(right - left, x1 - x0):
                run.extend(leaf)
                continue
        runs.append(list(leaf))
    return runs


def _breaks(above: Line, below: Line, body: float, above_extent: tuple[float, float],
            below_extent: tuple[float, float], new_leaf: bool, indented: bool) -> bool:
    h_above, h_below = above.height, below.height
    if max(h_above, h_below) > 1.3 * min(h_above, h_below):
        return True  # a headline, a subheading, a caption in smaller type
    indent = below.box[0] - below_extent[0]
    if indent > 0.6 * body and below_extent[1] - below_extent[0] > 6 * body:
        return True
    short = above_extent[1] - above.box[2]
    if not indented and short > max(2.5 * body, 0.3 * (above_extent[1] - above_extent[0])):
        return True
    if not new_leaf and below.box[1] - above.box[3] > 0.9 * body:
        return True
    return False


def _join(lines: list[Line]) -> str:
    text = ""
    for line in lines:
        part = line.text()
        if not text:
            text = part
        elif text.endswith("-") and len(text) > 1 and text[-2].isalpha():
            text += part  # a word broken at the line's end: "well-" + "known"
        else:
            text += " " + part
    return text


def line_skew(words: list[Word]) -> float:
    """The slope of the text lines in these words, in degrees (positive: lines fall to
    the right), as the median over lines of four words or more. A scan is read
    straightened but its words keep the scan's coordinates (the cut is a crop of the
    scan as it is); ordering them needs the lines level again."""
    groups: dict[tuple[int, int], list[Word]] = {}
    for w in words:
        groups.setdefault((w.block, w.line), []).append(w)
    slopes: list[float] = []
    for group in groups.values():
        if len(group) < 4:
            continue
        xs = [(w.box[0] + w.box[2]) / 2 for w in group]
        ys = [w.box[3] for w in group]  # baselines, near enough
        mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
        spread = sum((x - mean_x) ** 2 for x in xs)
        if spread > 0:
            slopes.append(sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys,
                                                                          strict=True)) / spread)
    if len(slopes) < 3:
        return 0.0
    return math.degrees(math.atan(median(slopes)))


def levelled(words: list[Word], angle: float) -> list[Word]:
    """Words with their boxes turned by -`angle` about the first word's corner (the
    boxes keep their size): lines that fell to the right lie level."""
    rad = math.radians(-angle)
    cos, sin = math.cos(rad), math.sin(rad)
    ox, oy = words[0].box[0], words[0].box[1]
    out = []
    for w in words:
        cx, cy = (w.box[0] + w.box[2]) / 2 - ox, (w.box[1] + w.box[3]) / 2 - oy
        nx, ny = ox + cx * cos - cy * sin, oy + cx * sin + cy * cos
        hw, hh = (w.box[2] - w.box[0]) / 2, (w.box[3] - w.box[1]) / 2
        out.append(Word(w.text, (int(nx - hw), int(ny - hh), int(nx + hw) + 1, int(ny + hh) + 1),
                        w.block, w.line, w.conf))
    return out


def ordered_text(words: list[Word], vertical: bool = False) -> list[str]:
    """The paragraphs these words make, in reading order."""
    if words and not vertical:
        angle = line_skew(words)
        if abs(angle) >= 0.3:
            words = levelled(words, angle)
    lines = lines_of(words, vertical)
    return paragraphs(reading_order(lines, vertical), vertical)
