"""Japanese tokens made the way the pipeline makes them (until powtext.tokenize provides it)."""

from __future__ import annotations

from powtext.model import Token

_UPOS = {"名詞": "NOUN", "固有名詞": "PROPN", "動詞": "VERB", "形容詞": "ADJ", "助詞": "ADP",
         "助動詞": "AUX", "副詞": "ADV", "補助記号": "PUNCT", "記号": "SYM", "接頭辞": "NOUN",
         "接尾辞": "NOUN", "代名詞": "PRON", "連体詞": "DET", "接続詞": "CCONJ",
         "感動詞": "INTJ", "空白": "SPACE"}
_TAGGER = None


def japanese_tokens(text: str) -> list[Token]:
    try:
        from powtext.tokenize import japanese_tokens as lead

        return lead(text)
    except (ImportError, AttributeError):
        pass
    global _TAGGER
    import fugashi

    if _TAGGER is None:
        _TAGGER = fugashi.Tagger()
    out, pos = [], 0
    for w in _TAGGER(text):
        f = w.feature
        try:
            start = text.index(w.surface, pos)
        except ValueError:
            continue
        end = start + len(w.surface)
        pos = end
        tag = "-".join(p for p in (f.pos1, f.pos2, f.pos3, f.pos4) if p and p != "*")
        upos = "PROPN" if f.pos2 == "固有名詞" else _UPOS.get(f.pos1, "X")
        out.append(Token(start, end, 0, f.lemma or w.surface, upos, tag, f.kana))
    return out
