"""Fulfiller: deliver the rewards of a crowdfunding campaign, offline."""

__version__ = "0.1.0"
APP_NAME = "Fulfiller"
