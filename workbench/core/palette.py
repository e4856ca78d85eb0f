"""How each claim status looks, everywhere: window, reports and exports share these values.

Colours are from the Okabe-Ito palette, distinguishable with the common forms of colour
blindness; the tints are light enough for black text and for printing (``tint``), or dark
enough for light text on a dark theme (``dark_tint``). Colour is never the only signal:
the window adds an underline style and an icon, the reports a labelled badge.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.model import Status


@dataclass(frozen=True, slots=True)
class StatusLook:
    """A status's name, its colour, and the highlight tints for light and dark grounds."""

    label: str
    colour: str
    tint: str
    dark_tint: str


LOOKS: dict[Status, StatusLook] = {
    Status.UNREVIEWED: StatusLook("Unreviewed", "#7A7A7A", "#DEDEDE", "#4A4A4A"),
    Status.VERIFIED: StatusLook("Verified", "#009E73", "#BFEBDD", "#0B4F3D"),
    Status.DISPUTED: StatusLook("Disputed", "#D55E00", "#F8D2B5", "#6B3000"),
    Status.UNVERIFIABLE: StatusLook("Unverifiable", "#CC79A7", "#ECC6DC", "#6A3156"),
}
