"""Regenerate the stored reference image of the layout test (run after an intended layout change):

.venv/bin/python tests/reports/make_reference.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REFERENCE = HERE / "reference" / "packing_list_a4.png"
DPI = 100


def reference_pdf() -> bytes:
    from fulfiller.reports.packing_list import packing_lists
    from tests.reports.samples import packing

    out = io.BytesIO()
    packing_lists([packing(123, "japanese")], out, "A4")
    return out.getvalue()


def rendered():  # noqa: ANN201 - a PIL image
    from tests.reports.samples import render

    return render(reference_pdf(), dpi=DPI, grey=True)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[1]))
    REFERENCE.parent.mkdir(exist_ok=True)
    rendered().save(REFERENCE, optimize=True)
    print(f"wrote {REFERENCE}")
