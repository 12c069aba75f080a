"""After-sales: replacement requests and their reships, carrier claims, and the spare budget."""
