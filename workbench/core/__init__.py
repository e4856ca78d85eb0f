"""The domain in pure Python: model, anchoring, merge. No Qt, no SQL."""
