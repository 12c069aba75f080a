"""Plain rules and values of the fulfilment workflow: no Qt, no database, no I/O."""
