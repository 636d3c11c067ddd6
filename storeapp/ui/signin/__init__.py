"""Employee sign-in: badge or name, then PIN, checked offline against stored verifiers."""
