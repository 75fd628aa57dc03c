"""BonifiQ operations as resources, one module per tag (scripts/generate.py)."""
