"""Local enrollment: an employee sets a badge and PIN on this PC, with a manager present."""
