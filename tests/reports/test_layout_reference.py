"""A rendered packing list compared with the stored reference image: catches layout breakage."""

from PIL import Image, ImageChops, ImageStat

from tests.reports.make_reference import REFERENCE, rendered

# Mean absolute difference per pixel (0-255). The same layout renders at ~0 (font hinting and
# rasteriser versions move a few edge pixels); a moved block of text or a lost barcode gives several.
TOLERANCE = 1.0


def test_packing_list_matches_reference() -> None:
    reference = Image.open(REFERENCE).convert("L")
    page = rendered()
    assert page.size == reference.size
    difference = ImageStat.Stat(ImageChops.difference(page, reference)).mean[0]
    assert difference <= TOLERANCE, f"the packing list layout changed (mean difference {difference:.2f})"


def test_a_changed_layout_is_caught() -> None:
    reference = Image.open(REFERENCE).convert("L")
    shifted = ImageChops.offset(rendered(), 0, 12)
    assert ImageStat.Stat(ImageChops.difference(shifted, reference)).mean[0] > TOLERANCE
