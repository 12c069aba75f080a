"""Planning and stock: demand with spares, warehouses and their regions, the shipping-cost estimate,
receiving with quality control, and stock as the sum of its movements."""
