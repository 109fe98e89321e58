"""Romanization of Cyrillic and katakana, and a loose phonetic key to compare names across scripts.

Tables, not models: Cyrillic follows BGN/PCGN (simplified), katakana Hepburn. The key drops vowels
and merges sounds the scripts cannot tell apart (l/r, v/b), because katakana adds vowels
(ストラウス = Straus) and has no l (エリツィン = Yeltsin).
"""

from __future__ import annotations

import re
import unicodedata

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "w",
}
_VOWELS = set("аеёиоуыэюяьъ")


def cyrillic_to_latin(text: str) -> str:
    """"Загорулько" → "zagorulko", "Ельцин" → "yeltsin" (е is "ye" after a vowel or at a start)."""
    out = []
    prev = ""
    for ch in text.lower():
        if ch in ("е", "ё") and (not prev or prev in _VOWELS or not prev.isalpha()):
            out.append("y" + _CYR[ch].lstrip("y"))
        else:
            out.append(_CYR.get(ch, ch))
        prev = ch
    return "".join(out)


_KANA = {
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o", "カ": "ka", "キ": "ki", "ク": "ku",
    "ケ": "ke", "コ": "ko", "サ": "sa", "シ": "shi", "ス": "su", "セ": "se", "ソ": "so",
    "タ": "ta", "チ": "chi", "ツ": "tsu", "テ": "te", "ト": "to", "ナ": "na", "ニ": "ni",
    "ヌ": "nu", "ネ": "ne", "ノ": "no", "ハ": "ha", "ヒ": "hi", "フ": "fu", "ヘ": "he", "ホ": "ho",
    "マ": "ma", "ミ": "mi", "ム": "mu", "メ": "me", "モ": "mo", "ヤ": "ya", "ユ": "yu", "ヨ": "yo",
    "ラ": "ra", "リ": "ri", "ル": "ru", "レ": "re", "ロ": "ro", "ワ": "wa", "ヲ": "o", "ン": "n",
    "ガ": "ga", "ギ": "gi", "グ": "gu", "ゲ": "ge", "ゴ": "go", "ザ": "za", "ジ": "ji", "ズ": "zu",
    "ゼ": "ze", "ゾ": "zo", "ダ": "da", "ヂ": "ji", "ヅ": "zu", "デ": "de", "ド": "do",
    "バ": "ba", "ビ": "bi", "ブ": "bu", "ベ": "be", "ボ": "bo", "パ": "pa", "ピ": "pi", "プ": "pu",
    "ペ": "pe", "ポ": "po", "ヴ": "vu", "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o",
    "ャ": "ya", "ュ": "yu", "ョ": "yo", "ヮ": "wa", "ヰ": "i", "ヱ": "e",
}
_SMALL = set("ァィゥェォャュョヮ")


def katakana_to_latin(text: str) -> str:
    """"エリツィン" → "eritsin", "ストラウス" → "sutorausu" (Hepburn, with foreign-sound combos)."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)  # hiragana
    out: list[str] = []
    double_next = False
    for ch in text:
        if ch == "ッ":
            double_next = True
            continue
        if ch == "ー":
            if out and out[-1]:
                out.append(out[-1][-1])
            continue
        roman = _KANA.get(ch)
        if roman is None:
            out.append(" " if ch in "・ ･" else ch.lower())
            continue
        if ch in _SMALL and out and out[-1] and out[-1][-1] in "aiueo":
            # a small kana replaces the vowel before it: ツィ → tsi, ファ → fa, シェ → she
            prev = out.pop()
            base = prev[:-1]
            if roman in ("ya", "yu", "yo") and base.endswith(("sh", "ch", "j")):
                roman = roman[1:]
            elif roman in ("ya", "yu", "yo") and not base:
                base = prev
            out.append(base + roman)
            continue
        if double_next and roman[0] not in "aiueon":
            roman = roman[0] + roman
        double_next = False
        out.append(roman)
    return "".join(out)


def romanize(text: str) -> str:
    """Any of our scripts to lowercase Latin (other characters are kept as they are)."""
    if any("\u0400" <= c <= "\u04ff" for c in text):
        text = cyrillic_to_latin(text)
    if any("\u3040" <= c <= "\u30ff" for c in text):
        text = katakana_to_latin(text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


_MERGE = (("ph", "f"), ("ck", "k"), ("q", "k"), ("x", "ks"), ("c", "k"), ("l", "r"), ("v", "b"),
          ("w", "u"), ("j", "z"), ("h", ""), ("y", ""))


def phonetic_key(text: str) -> str:
    """A consonant skeleton: "Yeltsin" → "rtsn" and "エリツィン" → "rtsn"."""
    s = re.sub(r"[^a-z]", "", romanize(text))
    for old, new in _MERGE:
        s = s.replace(old, new)
    s = re.sub(r"[aeiou]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


# Romanized Russian back to Cyrillic, for looking a name up in a Russian dictionary: the
# common English spellings ("Kuznetsov", "Zhukov", "Vasilevsky", "Shcherbakov"); the soft sign
# and other letters lost in romanization stay lost.
_LATIN_TO_CYR = (
    ("shch", "щ"), ("skiy", "ский"), ("sky", "ский"), ("skaya", "ская"), ("zh", "ж"),
    ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("ya", "я"), ("yo", "ё"),
    ("ye", "е"), ("iy", "ий"), ("yi", "ый"), ("a", "а"), ("b", "б"), ("v", "в"), ("w", "в"),
    ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("y", "й"), ("k", "к"),
    ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"),
    ("t", "т"), ("u", "у"), ("f", "ф"), ("c", "к"), ("h", "х"), ("j", "й"), ("q", "к"),
    ("x", "кс"),
)


def latin_to_cyrillic(word: str) -> str | None:
    """"Kuznetsov" → "Кузнецов"; None for a word with letters outside plain Latin."""
    low = word.lower()
    out, i = [], 0
    while i < len(low):
        for latin, cyr in _LATIN_TO_CYR:
            if low.startswith(latin, i):
                out.append(cyr)
                i += len(latin)
                break
        else:
            return None
    text = "".join(out)
    return text[:1].upper() + text[1:]
