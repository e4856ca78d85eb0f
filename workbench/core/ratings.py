"""Rating scales: a desk's verdict vocabulary, as data a project carries.

A claim's *status* is where it is in the workflow; its *rating* is the verdict, one label
of the project's scale. Each label has a number so schema.org ClaimReview can publish
``ratingValue`` between ``worstRating`` and ``bestRating``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workbench.core.errors import UserError, require
from workbench.core.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Rating:
    """One step of a rating scale: the label a reader sees and the number ClaimReview needs.

    ``meaning`` is the one-line definition a report prints beside the label, since a
    fact-check's readers are owed the scale it rates by (IFCN code of principles).
    """

    label: str
    value: int
    #: Not part of equality: two scales with the same labels and values rate alike,
    #: whatever the wording (a report falls back to the default scale's meaning for a
    #: label it defines and the project leaves without one).
    meaning: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        require(bool(self.label.strip()), "A rating needs a label.")


@dataclass(frozen=True, slots=True)
class RatingScale:
    """A project's verdict vocabulary: data, not code, so each desk can keep its own."""

    ratings: tuple[Rating, ...]
    best: int
    worst: int

    def __post_init__(self) -> None:
        require(len(self.ratings) > 0, "A rating scale needs at least one rating.")
        labels = [r.label.casefold() for r in self.ratings]
        require(len(set(labels)) == len(labels), "Rating labels must be unique.")
        low, high = sorted((self.best, self.worst))
        for rating in self.ratings:
            require(
                low <= rating.value <= high,
                f"Rating '{rating.label}' ({rating.value}) lies outside {self.worst}..{self.best}.",
            )

    @property
    def labels(self) -> list[str]:
        """The labels in scale order."""
        return [r.label for r in self.ratings]

    def find(self, label: str) -> Rating:
        """The rating called ``label`` (case-insensitive), or a UserError listing the labels."""
        for rating in self.ratings:
            if rating.label.casefold() == label.strip().casefold():
                return rating
        raise UserError(f"Unknown rating '{label}': use one of {', '.join(self.labels)}.")

    def to_json(self) -> dict[str, Any]:
        """A plain-JSON form, as kept in the project's settings."""
        return {
            "best": self.best,
            "worst": self.worst,
            "ratings": [
                {"label": r.label, "value": r.value, "meaning": r.meaning} for r in self.ratings
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RatingScale:
        """Rebuild a scale from :meth:`to_json`'s form, validating it like any other."""
        try:
            ratings = tuple(
                Rating(str(r["label"]), int(r["value"]), str(r.get("meaning", "")))
                for r in data["ratings"]
            )
            return cls(ratings, int(data["best"]), int(data["worst"]))
        except (KeyError, TypeError, ValueError) as err:
            raise UserError(f"The project's rating scale is malformed ({err}).") from None


#: A common seven-step scale (as used by AAP FactCheck); 7 is best, 1 worst. "Misleading"
#: and "Unproven" sit in the middle: they say the claim is not simply true.
DEFAULT_RATING_SCALE = RatingScale(
    ratings=(
        Rating(
            QT_TRANSLATE_NOOP("Rating", "True"),
            7,
            QT_TRANSLATE_NOOP("Rating", "The claim is accurate; nothing significant is missing."),
        ),
        Rating(
            QT_TRANSLATE_NOOP("Rating", "Mostly true"),
            6,
            QT_TRANSLATE_NOOP(
                "Rating", "The claim is accurate but needs clarification or additional information."
            ),
        ),
        Rating(
            QT_TRANSLATE_NOOP("Rating", "Mixture"),
            4,
            QT_TRANSLATE_NOOP(
                "Rating", "The claim has significant elements of both truth and falsity."
            ),
        ),
        Rating(
            QT_TRANSLATE_NOOP("Rating", "Mostly false"),
            2,
            QT_TRANSLATE_NOOP(
                "Rating",
                "The claim has an element of truth but ignores facts that would give a "
                "different impression.",
            ),
        ),
        Rating(
            QT_TRANSLATE_NOOP("Rating", "False"),
            1,
            QT_TRANSLATE_NOOP("Rating", "The claim is inaccurate."),
        ),
        Rating(
            QT_TRANSLATE_NOOP("Rating", "Misleading"),
            3,
            QT_TRANSLATE_NOOP(
                "Rating", "The claim uses accurate facts in a way that gives a false impression."
            ),
        ),
        Rating(
            QT_TRANSLATE_NOOP("Rating", "Unproven"),
            4,
            QT_TRANSLATE_NOOP(
                "Rating", "There is not enough evidence available to support or refute the claim."
            ),
        ),
    ),
    best=7,
    worst=1,
)
