"""The high-contrast schemes and the status colours keep WCAG's contrast ratios."""

from __future__ import annotations

import pytest

from workbench.core.model import Status
from workbench.core.palette import (
    HIGH_CONTRAST_DARK,
    HIGH_CONTRAST_LIGHT,
    LOOKS,
    MARK_CONTRAST,
    TEXT_CONTRAST,
    Scheme,
    contrast_ratio,
    relative_luminance,
)

SCHEMES = {"dark": HIGH_CONTRAST_DARK, "light": HIGH_CONTRAST_LIGHT}


def test_relative_luminance_and_ratio_match_wcag_reference_values() -> None:
    assert relative_luminance("#000000") == 0
    assert relative_luminance("#FFFFFF") == pytest.approx(1)
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21)  # order does not matter
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # just fails AA
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # just passes
    # below the 0.04045 knee the curve is linear (sRGB's formula)
    assert relative_luminance("#0A0A0A") == pytest.approx(10 / 255 / 12.92)


@pytest.mark.parametrize("name", SCHEMES)
def test_text_keeps_4_5_to_1_on_the_ground_selection_and_every_claim_tint(name: str) -> None:
    scheme: Scheme = SCHEMES[name]
    pairs = {
        "text": (scheme.text, scheme.window),
        "disabled text": (scheme.disabled_text, scheme.window),
        "selected text": (scheme.highlighted_text, scheme.highlight),
        "link": (scheme.link, scheme.window),
        **{f"text on {s.value} tint": (scheme.text, tint) for s, tint in scheme.tints.items()},
    }
    low = {what: round(contrast_ratio(*pair), 2) for what, pair in pairs.items()}
    assert {what: r for what, r in low.items() if r < TEXT_CONTRAST} == {}
    assert set(scheme.tints) == set(Status)


@pytest.mark.parametrize("name", SCHEMES)
def test_marks_keep_3_to_1_status_icons_underlines_and_focus_frame(name: str) -> None:
    scheme = SCHEMES[name]
    marks = {
        "focus frame": (scheme.highlight, scheme.window),
        **{f"{s.value} icon": (look.colour, scheme.window) for s, look in LOOKS.items()},
        # underlines are drawn in the text colour in high contrast, over the claim tints
        **{f"underline on {s.value}": (scheme.text, t) for s, t in scheme.tints.items()},
        # the icons' white check, cross and question mark on their status colour
        **{f"{s.value} glyph": ("#FFFFFF", look.colour) for s, look in LOOKS.items()},
    }
    low = {what: round(contrast_ratio(*pair), 2) for what, pair in marks.items()}
    assert {what: r for what, r in low.items() if r < MARK_CONTRAST} == {}


def test_the_schemes_are_opposites_so_either_system_theme_gets_one() -> None:
    assert relative_luminance(HIGH_CONTRAST_DARK.window) < 0.05
    assert relative_luminance(HIGH_CONTRAST_LIGHT.window) > 0.9
