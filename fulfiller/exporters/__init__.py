"""Writers for the files other tools take: one module per format."""
