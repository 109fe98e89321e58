"""Japanese entity rules on UniDic tags: cabinets, firms' loan words, match opponents and
names quoted after a word for a kind of organisation.

Every sentence in PRESENT is one that a rule changes (the older rules gave something else);
offsets are checked exactly. ABSENT holds look-alikes the rules must leave alone.
"""

from __future__ import annotations

import pytest

from powtext.entities.japanese import entities_from_tokens


def _entities(text):
    from powtext.tokenize import japanese_tokens

    anns = entities_from_tokens(text, japanese_tokens(text))
    for a in anns:
        assert text[a.start:a.end] == a.text
    return {(a.start, a.end, a.text, a.label) for a in anns}


def _at(text, surface, label):
    start = text.index(surface)
    return (start, start + len(surface), surface, label)


PRESENT = [
    # a leader's name before 内閣/政権 is a cabinet or an administration (with 第N次)
    ("第3次佐藤内閣の下で法案が成立した。", [("第3次佐藤内閣", "ORG")]),
    ("田中内閣が総辞職した。", [("田中内閣", "ORG")]),
    ("オバマ政権下で規制が強化された。", [("オバマ政権", "ORG")]),
    ("ユドヨノ政権は改革を進めた。", [("ユドヨノ政権", "ORG")]),
    # a loan word that ends firms' names, after a katakana, Latin or proper name
    ("ビクターエンタテインメントからデビューした。", [("ビクターエンタテインメント", "ORG")]),
    ("サクラ・プロダクションズが制作した。", [("サクラ・プロダクションズ", "ORG")]),
    ("東映アニメーションが制作した。", [("東映アニメーション", "ORG")]),
    # a name before the suffix 戦 is the team played against
    ("彼はインテル戦で得点した。", [("インテル", "ORG")]),
    ("前節のレアル・マドリード戦では先発した。", [("レアル・マドリード", "ORG")]),
    # a quoted name after a word for a kind of organisation
    ("彼はロックバンド「ハトポッポ」を結成した。", [("ハトポッポ", "ORG")]),
    ("劇団「ひばり座」に参加した。", [("ひばり座", "ORG")]),
]


@pytest.mark.parametrize("text,expected", PRESENT)
def test_japanese_rule_present(text, expected):
    found = _entities(text)
    for surface, label in expected:
        assert _at(text, surface, label) in found, (surface, found)


ABSENT = [
    ("第3次佐藤内閣の下で法案が成立した。", "佐藤"),  # the person is inside the cabinet's name
    ("ロシア政権の対応", "ロシア政権"),  # a country is no leader
    ("フルアニメーションで制作された。", "フルアニメーション"),  # a common word before it
    ("ゲームソフトを買った。", "ゲームソフト"),
    ("決勝戦で敗れた。", "決勝"),
    ("リーグ戦で10得点した。", "リーグ"),
    ("沖縄戦の記録を読んだ。", "沖縄"),  # one place before 戦 may be a battle
    ("映画「ひばりの空」に出演した。", "ひばりの空"),  # a work's title, not a group
]


@pytest.mark.parametrize("text,surface", ABSENT)
def test_japanese_rule_absent(text, surface):
    assert not any(s == surface and label == "ORG" for _, _, s, label in _entities(text))


def test_cabinet_replaces_the_person():
    text = "田中内閣が総辞職した。"
    assert _entities(text) == {_at(text, "田中内閣", "ORG")}
