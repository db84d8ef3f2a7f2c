"""Mentee Desktop: a private companion for the person being mentored."""

__version__ = "0.1.0"
APP_NAME = "mentee-desktop"
