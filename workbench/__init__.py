"""Fact-check Workbench: check the claims in an article, offline."""

__version__ = "0.1.0"
APP_NAME = "Fact-check Workbench"
APP_ID = "org.factcheckworkbench.Workbench"
