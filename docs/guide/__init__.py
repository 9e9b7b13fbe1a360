"""The user guide as package data (pyproject.toml maps docs/guide/ to wallet.guide, so the
app ships it and Help → User guide finds it through importlib.resources)."""
