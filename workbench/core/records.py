"""Model values as plain records, and one value made from another: driven by the fields.

Every frozen dataclass of the model turns into JSON, a history record or another type's
value the same way, so these are written once here, from :func:`dataclasses.fields`,
rather than field by field at each place (where a field added later would be forgotten).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import fields, is_dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


def as_record(value: DataclassInstance, *, leave_out: Collection[str] = ()) -> dict[str, Any]:
    """A plain dict of a model object's fields but ``leave_out``, for JSON and history.

    Enums become their values, tuples lists, and nested model objects (an archived copy's
    pages) records of their own; the dict keeps the fields' declared order.
    """
    return {
        f.name: _plain(getattr(value, f.name)) for f in fields(value) if f.name not in leave_out
    }


def _plain(item: Any) -> Any:
    if isinstance(item, StrEnum):
        return item.value
    if isinstance(item, tuple):
        return [_plain(part) for part in item]
    if is_dataclass(item) and not isinstance(item, type):
        return as_record(item)
    return item


def carried(source: DataclassInstance, target: type[T], **values: Any) -> T:
    """A ``target`` holding every field it shares by name with ``source``, then ``values``.

    For a value that is another's in a new role (an import as the project's document, a
    chain break as a verification finding): the shared fields are carried over without
    listing them, and ``values`` give the rest.
    """
    own = {f.name for f in fields(source)}
    shared = {f.name: getattr(source, f.name) for f in fields(target) if f.init and f.name in own}
    return target(**(shared | values))
