"""Running the production shape on one machine: the stack, its backups and its load test."""
