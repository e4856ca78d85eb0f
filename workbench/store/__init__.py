"""The project file: the only code that speaks SQL."""
