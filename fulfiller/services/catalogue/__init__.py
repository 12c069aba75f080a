"""The catalogue and the kits: items, what each reward tier and add-on contains, the kit sheet, and
each order's checklist expanded from them."""
