"""make loadtest: load and faults against the stack on loopback, bounded in time."""
