"""Optional integrations with other tools; each lives behind an optional extra."""
