"""Shipping: parcels and their status workflow, the pack station, order exports for label tools and
partners, tracking imported from them and exported to the platform."""
