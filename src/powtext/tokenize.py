"""Tokenizer building blocks, each giving spaCy `Doc`s; the languages in `powtext.lang` use them.

Russian uses spaCy's Russian tokenizer with pymorphy3 for lemma and POS. Japanese uses fugashi +
unidic-lite wrapped as a spaCy tokenizer (spaCy's own Japanese tokenizer would need SudachiPy),
keeping UniDic's tag, lemma and reading. English runs the English spaCy model (powtext.lang.en).
"""

from __future__ import annotations

from typing import Any

from powtext.model import Token
from powtext.resources import morph_analyzer, shared

# UniDic's first POS level → Universal POS; 名詞 is refined by its second level below.
_UNIDIC_UPOS = {
    "名詞": "NOUN", "代名詞": "PRON", "動詞": "VERB", "形容詞": "ADJ", "形状詞": "ADJ",
    "副詞": "ADV", "連体詞": "DET", "接続詞": "CCONJ", "感動詞": "INTJ", "助動詞": "AUX",
    "助詞": "ADP", "接頭辞": "NOUN", "接尾辞": "PART", "補助記号": "PUNCT", "記号": "SYM",
    "空白": "SPACE",
}
_UNIDIC_NOUN = {"固有名詞": "PROPN", "数詞": "NUM"}
_UNIDIC_PARTICLE = {"接続助詞": "SCONJ", "終助詞": "PART", "副助詞": "PART", "準体助詞": "PART"}

# pymorphy3 (OpenCorpora) POS → Universal POS.
_OPENCORPORA_UPOS = {
    "NOUN": "NOUN", "ADJF": "ADJ", "ADJS": "ADJ", "COMP": "ADJ", "VERB": "VERB", "INFN": "VERB",
    "PRTF": "VERB", "PRTS": "VERB", "GRND": "VERB", "NUMR": "NUM", "ADVB": "ADV", "NPRO": "PRON",
    "PRED": "ADV", "PREP": "ADP", "CONJ": "CCONJ", "PRCL": "PART", "INTJ": "INTJ",
}


_PROPER_GRAMMEMES = {"Name", "Surn", "Patr", "Geox", "Orgn"}


def _shape_pos(text: str) -> str:
    """POS of a token no dictionary knows, from its shape."""
    if text.isdigit() or text.replace(",", "").replace(".", "").isdigit():
        return "NUM"
    if not any(c.isalnum() for c in text):
        return "PUNCT"
    return "X"


class FugashiTokenizer:
    """fugashi + unidic-lite as a spaCy tokenizer: `nlp.tokenizer = FugashiTokenizer(nlp.vocab)`."""

    def __init__(self, vocab):
        import fugashi

        self.vocab = vocab
        self.tagger = fugashi.Tagger()

    def __call__(self, text: str):
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str] = []
        lemmas: list[str] = []
        readings: list[str] = []
        pos = 0
        for word in self.tagger(text):
            surface = word.surface
            start = text.find(surface, pos)
            if start < 0:  # MeCab normalised something away: keep offsets honest, skip it
                continue
            if start > pos:
                gap = text[pos:start]
                if words and gap == " ":
                    spaces[-1] = True
                else:
                    words.append(gap)
                    spaces.append(False)
                    tags.append("空白")
                    lemmas.append(gap)
                    readings.append("")
            f = word.feature
            parts = [p for p in (f.pos1, f.pos2, f.pos3, f.pos4) if p and p != "*"]
            words.append(surface)
            spaces.append(False)
            tags.append("-".join(parts))
            lemma = f.lemma if f.lemma and f.lemma != "*" else surface
            lemmas.append(lemma.split("-", 1)[0] if "-" in lemma[1:] else lemma)
            readings.append(f.kana if f.kana and f.kana != "*" else "")
            pos = start + len(surface)
        if pos < len(text):
            words.append(text[pos:])
            spaces.append(False)
            tags.append("空白")
            lemmas.append(text[pos:])
            readings.append("")
        doc = Doc(self.vocab, words=words, spaces=spaces)
        for token, tag, lemma in zip(doc, tags, lemmas, strict=True):
            token.tag_ = tag
            token.lemma_ = lemma
            token.pos_ = _unidic_upos(tag) if not token.is_space else "SPACE"
        doc.user_data["readings"] = readings  # by token index; spaCy has no slot for a reading
        return doc


def _unidic_upos(tag: str) -> str:
    parts = tag.split("-")
    first = parts[0]
    second = parts[1] if len(parts) > 1 else ""
    if first == "名詞" and second in _UNIDIC_NOUN:
        return _UNIDIC_NOUN[second]
    if first == "助詞" and second in _UNIDIC_PARTICLE:
        return _UNIDIC_PARTICLE[second]
    return _UNIDIC_UPOS.get(first, "X")


def japanese_nlp():
    def load():
        import spacy

        # A plain tokenizer in the config, so that spaCy never asks for SudachiPy.
        config = {"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}}
        nlp = spacy.blank("ja", config=config)
        nlp.tokenizer = FugashiTokenizer(nlp.vocab)
        return nlp

    return shared("spacy:ja-fugashi", load)


def _russian_nlp():
    def load():
        import spacy

        return spacy.blank("ru")

    return shared("spacy:ru-blank", load)


def _morph_ru():
    return morph_analyzer("ru")


def _blank_nlp(lang: str):
    def load():
        import spacy

        try:
            return spacy.blank(lang)
        except (ImportError, KeyError, ValueError):
            return spacy.blank("xx")  # spaCy's multi-language tokenizer

    return shared(f"spacy:{lang}-blank", load)


def russian_parse(texts: list[str]) -> list[Any]:
    """spaCy's Russian tokenizer; lemma and POS from pymorphy3's most probable analysis."""
    nlp = _russian_nlp()
    morph = _morph_ru()
    docs = [nlp.make_doc(t) for t in texts]
    for doc in docs:
        for token in doc:
            if token.is_space:
                continue
            best = morph.parse(token.text)[0]
            token.lemma_ = best.normal_form
            pos = _OPENCORPORA_UPOS.get(best.tag.POS or "", "")
            if pos == "NOUN" and (_PROPER_GRAMMEMES & best.tag.grammemes):
                pos = "PROPN"
            token.pos_ = pos or _shape_pos(token.text)
            token.tag_ = str(best.tag)
    return docs


def blank_parse(lang: str, texts: list[str]) -> list[Any]:
    """spaCy's rule-based tokenizer for `lang`; lemma is the lower-cased form."""
    nlp = _blank_nlp(lang)
    docs = [nlp.make_doc(t) for t in texts]
    for doc in docs:
        for token in doc:
            token.lemma_ = token.lower_
            token.pos_ = _shape_pos(token.text) if not token.is_space else "SPACE"
    return docs


def tokens_from_doc(sdoc, segment: int, offset: int, lang: str) -> list[Token]:
    """powtext tokens from a spaCy Doc of one segment; whitespace tokens are dropped."""
    readings = sdoc.user_data.get("readings") if lang == "ja" else None
    out = []
    for token in sdoc:
        text = token.text  # each spaCy attribute read builds a new string: read each once
        if token.is_space or not text.strip():
            continue
        start = offset + token.idx
        out.append(Token(
            start, start + len(text), segment, token.lemma_ or text,
            token.pos_ or _shape_pos(text), token.tag_,
            (readings[token.i] or None) if readings else None,
        ))
    return out


def japanese_tokens(text: str) -> list[Token]:
    """Tokens of a Japanese text, offsets relative to it (segment 0)."""
    return tokens_from_doc(japanese_nlp().make_doc(text), 0, 0, "ja")
