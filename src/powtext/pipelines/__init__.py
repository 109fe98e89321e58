"""Packaged pipeline definitions (the same files as the repository's pipelines/ folder)."""
