"""A realistic demo campaign for trying Fulfiller out: made with the services, never used by them."""
