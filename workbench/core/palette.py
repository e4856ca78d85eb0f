"""How each claim status looks, everywhere: window, reports and exports share these values.

Colours are from the Okabe-Ito palette, distinguishable with the common forms of colour
blindness; the tints are light enough for black text and for printing (``tint``), or dark
enough for light text on a dark theme (``dark_tint``). Colour is never the only signal:
the window adds an underline style and an icon, the reports a labelled badge.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.model import Status
from workbench.core.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class StatusLook:
    """A status's name, its colour, and the highlight tints for light and dark grounds."""

    label: str
    colour: str
    tint: str
    dark_tint: str


LOOKS: dict[Status, StatusLook] = {
    Status.UNREVIEWED: StatusLook(
        QT_TRANSLATE_NOOP("Status", "Unreviewed"), "#7A7A7A", "#DEDEDE", "#4A4A4A"
    ),
    Status.VERIFIED: StatusLook(
        QT_TRANSLATE_NOOP("Status", "Verified"), "#009E73", "#BFEBDD", "#0B4F3D"
    ),
    Status.DISPUTED: StatusLook(
        QT_TRANSLATE_NOOP("Status", "Disputed"), "#D55E00", "#F8D2B5", "#6B3000"
    ),
    Status.UNVERIFIABLE: StatusLook(
        QT_TRANSLATE_NOOP("Status", "Unverifiable"), "#CC79A7", "#ECC6DC", "#6A3156"
    ),
}


#: WCAG 2.x minimum contrast: text (1.4.3, level AA) and marks such as icons, underlines
#: and focus frames (1.4.11, non-text contrast).
TEXT_CONTRAST = 4.5
MARK_CONTRAST = 3.0


def relative_luminance(colour: str) -> float:
    """WCAG's relative luminance of an ``#RRGGBB`` colour (0 black .. 1 white)."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    red, green, blue = (
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    )
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG's contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@dataclass(frozen=True, slots=True)
class Scheme:
    """A high-contrast colour scheme for the whole window (the UI turns it into a palette).

    ``tints`` are the claim highlight backgrounds behind ``text``; the status colours of
    :data:`LOOKS` stay the marks (icons, underlines), so every status keeps its look.
    """

    window: str
    text: str
    disabled_text: str
    highlight: str  # selection and keyboard focus frame
    highlighted_text: str
    link: str
    tints: dict[Status, str]


#: Black ground, white text, yellow selection and focus: the usual high-contrast theme.
HIGH_CONTRAST_DARK = Scheme(
    window="#000000",
    text="#FFFFFF",
    disabled_text="#B0B0B0",
    highlight="#FFFF00",
    highlighted_text="#000000",
    link="#8AD4FF",
    tints={status: look.dark_tint for status, look in LOOKS.items()},
)

#: White ground, black text, dark blue selection and focus, for a light system theme.
HIGH_CONTRAST_LIGHT = Scheme(
    window="#FFFFFF",
    text="#000000",
    disabled_text="#595959",
    highlight="#0000B0",
    highlighted_text="#FFFFFF",
    link="#00007A",
    tints={status: look.tint for status, look in LOOKS.items()},
)
