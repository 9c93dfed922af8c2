"""QR codes drawn as vector rectangles on a ReportLab canvas, sharp on any printer.

The ``qrcode`` package knows the standard; this module makes a thousand symbols a second
from it: a fixed mask pattern (choosing one costs ~15 ms a code); the version computed in
one pass; Reed-Solomon error correction by table lookup (same bytes, 5x faster); each
version's layout (function patterns, the zigzag order of data modules, the mask) worked out
once, so a symbol is one integer XOR and one C-level pick of its modules; and the dark runs of
each row written as one literal path in module units, one rectangle per run.
"""
from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Callable, Iterable

import qrcode
from qrcode import LUT, base, util
from qrcode.constants import ERROR_CORRECT_M
from qrcode.exceptions import DataOverflowError
from reportlab.pdfgen.canvas import Canvas

from . import fonts  # noqa: F401  # ReportLab set up as for every module that draws

QUIET_ZONE = 4  # modules of white around the symbol, as ISO/IEC 18004 asks


def _segment_bits(mode: int, length: int) -> int:
    if mode == util.MODE_NUMBER:
        return 10 * (length // 3) + (0, 4, 7)[length % 3]
    if mode == util.MODE_ALPHA_NUM:
        return 11 * (length // 2) + 6 * (length % 2)
    return 8 * length


def _smallest_version(code: qrcode.QRCode) -> int:
    for version in range(1, 41):
        bits = sum(
            4 + util.length_in_bits(d.mode, version) + _segment_bits(d.mode, len(d)) for d in code.data_list
        )
        if bits <= util.BIT_LIMIT_TABLE[code.error_correction][version]:
            return version
    raise DataOverflowError("QR data too long")


_EXP, _LOG = base.EXP_TABLE, base.LOG_TABLE


@functools.lru_cache(maxsize=64)
def _products(count: int) -> tuple[int, ...]:
    """For each byte value f, the generator's coefficients (after the leading 1) times f,
    packed big-endian into one integer: the remainder register then shifts as an int."""
    generator = LUT.rsPoly_LUT.get(count)
    if generator is None:  # not in the table: build it as qrcode does
        poly = base.Polynomial([1], 0)
        for i in range(count):
            poly = poly * base.Polynomial([1, base.gexp(i)], 0)
        generator = [poly[i] for i in range(len(poly))]
    rows = [0]
    for f in range(1, 256):
        lf = _LOG[f]
        rows.append(int.from_bytes(bytes(_EXP[(_LOG[g] + lf) % 255] if g else 0 for g in generator[1:]), "big"))
    return tuple(rows)


def _ec_codewords(data: list[int], count: int) -> list[int]:
    """Reed-Solomon remainder of ``data`` by the generator of degree ``count`` (GF(256), 0x11D)."""
    table = _products(count)
    shift = 8 * (count - 1)
    mask = (1 << (8 * count)) - 1
    rem = 0
    for byte in data:
        rem = ((rem << 8) & mask) ^ table[byte ^ (rem >> shift)]
    return list(rem.to_bytes(count, "big"))


def _create_bytes(codewords: list[int], rs_blocks: list[base.RSBlock]) -> list[int]:
    """``qrcode.util.create_bytes`` with the fast remainder: data then EC, interleaved by block."""
    offset = 0
    dcdata: list[list[int]] = []
    ecdata: list[list[int]] = []
    for block in rs_blocks:
        dc = codewords[offset:offset + block.data_count]
        offset += block.data_count
        dcdata.append(dc)
        ecdata.append(_ec_codewords(dc, block.total_count - block.data_count))
    return [x for blocks in (dcdata, ecdata) for x in itertools.chain.from_iterable(itertools.zip_longest(*blocks))
            if x is not None]


_ALPHA_INDEX = bytes(util.ALPHA_NUM.find(bytes([b])) % 256 for b in range(256))
_TIMES_45 = [45 * i for i in range(256)]
_ELEVEN_BITS = [format(i, "011b") for i in range(45 * 45)]


def _segment_value(data: util.QRData, version: int) -> tuple[int, int]:
    """The bits of one segment (mode, length, data) as an integer and its bit count."""
    acc, n = data.mode, 4
    width = util.length_in_bits(data.mode, version)
    acc, n = (acc << width) | len(data), n + width
    raw = data.data
    if data.mode == util.MODE_NUMBER:
        for i in range(0, len(raw), 3):
            chunk = raw[i:i + 3]
            width = util.NUMBER_LENGTH[len(chunk)]
            acc, n = (acc << width) | int(chunk), n + width
    elif data.mode == util.MODE_ALPHA_NUM:
        values = raw.translate(_ALPHA_INDEX)  # each character's number, 0-44
        pairs = len(raw) // 2
        if pairs:  # 11 bits a pair, joined as text and read as one integer: no loop in Python
            bits = "".join(map(_ELEVEN_BITS.__getitem__, map(operator.add, map(_TIMES_45.__getitem__, values[0:2 * pairs:2]),
                                                              values[1::2])))
            acc, n = (acc << 11 * pairs) | int(bits, 2), n + 11 * pairs
        if len(raw) % 2:
            acc, n = (acc << 6) | values[-1], n + 6
    else:
        acc, n = (acc << (8 * len(raw))) | int.from_bytes(raw, "big"), n + 8 * len(raw)
    return acc, n


def _create_data(version: int, error_correction: int, data_list: list[util.QRData]) -> list[int]:
    """``qrcode.util.create_data`` with integer bit packing and :func:`_create_bytes`."""
    acc, n = 0, 0
    for data in data_list:
        value, bits = _segment_value(data, version)
        acc, n = (acc << bits) | value, n + bits
    rs_blocks = base.rs_blocks(version, error_correction)
    bit_limit = sum(block.data_count * 8 for block in rs_blocks)
    if n > bit_limit:
        raise DataOverflowError("QR data too long")
    pad = min(bit_limit - n, 4) + 0  # terminator
    acc, n = acc << pad, n + pad
    pad = -n % 8
    acc, n = acc << pad, n + pad
    codewords = list(acc.to_bytes(n // 8, "big")) if n else []
    for i in range((bit_limit - n) // 8):
        codewords.append(util.PAD0 if i % 2 == 0 else util.PAD1)
    return _create_bytes(codewords, rs_blocks)


class _Layout(qrcode.QRCode):  # type: ignore[type-arg]
    """Lays out a version's function patterns and keeps where the data modules go, instead of mapping data."""

    def map_data(self, data: list[int], mask_pattern: int) -> None:
        count = self.modules_count
        self.placement = _placement(self.modules, count, mask_pattern)
        self.fixed = [row[:] for row in self.modules]  # None where data goes


def _placement(modules: list[list[bool | None]], count: int, mask_pattern: int) -> list[tuple[int, int, bool]]:
    """The zigzag order of the free modules, as ``qrcode``'s ``map_data`` walks them, with each one's mask."""
    mask = util.mask_func(mask_pattern)
    out: list[tuple[int, int, bool]] = []
    row, inc = count - 1, -1
    for col in range(count - 1, 0, -2):
        if col <= 6:
            col -= 1
        while True:
            for c in (col, col - 1):
                if modules[row][c] is None:
                    out.append((row, c, bool(mask(row, c))))
            row += inc
            if row < 0 or row >= count:
                row -= inc
                inc = -inc
                break
    return out


@functools.lru_cache(maxsize=64)
def _layout(version: int, error_correction: int, mask_pattern: int) -> tuple[Callable[[str], tuple[str, ...]], int, int]:
    """For one version, error correction and mask: a getter that picks, from the data bits in placement order
    followed by "01", every module of the symbol row by row (each row followed by a light separator);
    the mask as an integer over the placement; the number of data modules."""
    code = _Layout(version=version, error_correction=error_correction, box_size=1, border=0, mask_pattern=mask_pattern)
    code.data_cache = [0]  # anything: map_data only records the layout
    code.makeImpl(False, mask_pattern)
    count, placement = code.modules_count, code.placement
    n = len(placement)
    where = {(r, c): i for i, (r, c, _) in enumerate(placement)}
    picks = []
    for r in range(count):
        for c in range(count):
            fixed = code.fixed[r][c]
            picks.append(where[(r, c)] if fixed is None else n + 1 if fixed else n)
        picks.append(n)  # the separator: a run never goes on to the next row
    mask = int("".join("1" if masked else "0" for _, _, masked in placement), 2)
    return operator.itemgetter(*picks), mask, n


def qr_modules(text: str, error_correction: int = ERROR_CORRECT_M, mask_pattern: int = 0) -> tuple[str, int]:
    """The symbol of ``text`` as one string of "1" (dark) and "0", row by row, each row followed by one "0";
    and the number of modules a side (without quiet zone). Works for any text and version."""
    code = qrcode.QRCode(error_correction=error_correction)
    code.add_data(text)
    version = _smallest_version(code)
    data = _create_data(version, error_correction, code.data_list)
    pick, mask, n = _layout(version, error_correction, mask_pattern)
    bits = int.from_bytes(bytes(data), "big")
    extra = n - 8 * len(data)  # remainder modules are light before the mask
    bits = bits << extra if extra >= 0 else bits >> -extra
    return "".join(pick(format(bits ^ mask, f"0{n}b") + "01")), 4 * version + 17


def qr_matrix(text: str, error_correction: int = ERROR_CORRECT_M, mask_pattern: int = 0) -> list[list[bool]]:
    """The module matrix of ``text`` (True = dark), without quiet zone."""
    modules, count = qr_modules(text, error_correction, mask_pattern)
    return [[m == "1" for m in modules[r * (count + 1):r * (count + 1) + count]] for r in range(count)]


def qr_version(text: str, error_correction: int = ERROR_CORRECT_M) -> int:
    """The QR version ``text`` needs (for tests and for keeping payloads short)."""
    code = qrcode.QRCode(error_correction=error_correction)
    code.add_data(text)
    return _smallest_version(code)


@functools.lru_cache(maxsize=16)
def _run_starts(count: int) -> list[str]:
    """For each offset in :func:`qr_modules`' string, the "column row " that starts a run there."""
    return [f"{i % (count + 1)} {i // (count + 1)} " for i in range((count + 1) * count)]


_RUN_ENDS = [f"{n} 1 re" for n in range(178)]  # "length 1 re" for every run a row of version 40 can hold


def run_rectangles(modules: str, count: int) -> list[str]:
    """One "column row length 1 re" for each run of dark modules in :func:`qr_modules`' string.

    The string split at its light modules gives the runs (and empty strings between neighbouring light
    modules); each piece moves the position on by its length and the light module after it.
    """
    at, ends = _run_starts(count), _RUN_ENDS
    out = []
    position = 0
    for piece in modules.split("0"):
        if piece:
            length = len(piece)
            out.append(at[position] + ends[length])
            position += length + 1
        else:
            position += 1
    return out


def qr_layouts(versions: Iterable[int], error_correction: int = ERROR_CORRECT_M) -> None:
    """Work the layouts of ``versions`` out now (each is worked out once a process, when first drawn)."""
    for version in versions:
        _layout(version, error_correction, 0)
        _run_starts(4 * version + 17)


def draw_qr(canvas: Canvas, x: float, y: float, size: float, text: str) -> None:
    """Draw the QR code of ``text`` with its lower-left corner at (x, y).

    ``size`` is the full square including the quiet zone, so whatever the caller puts
    around it never touches the modules.  Runs of dark modules in a row are merged into
    one rectangle: fewer path operators, smaller files, no hairline seams between modules.
    """
    modules, count = qr_modules(text)
    module = size / (count + 2 * QUIET_ZONE)
    ops = "\n".join(run_rectangles(modules, count))
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    # module units, y downwards from the top-left module: whole numbers only in the stream
    canvas.translate(x + QUIET_ZONE * module, y + size - QUIET_ZONE * module)
    canvas.scale(module, -module)
    canvas.addLiteral(ops + "\nf")
    canvas.restoreState()
