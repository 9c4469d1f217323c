"""The one layer that joins storage and the core; routes and the CLI call only this."""
