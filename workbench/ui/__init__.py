"""Qt widgets, item models and undo commands; reaches data only through store and core."""
