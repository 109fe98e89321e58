"""Named entities in English, Japanese and Russian, and one identity for them across languages.

Recognizers (one per language) return `Annotation`s with offsets relative to the text they saw;
`canonical.canonicalize` then gives entities of one document their cross-language identity.
"""
