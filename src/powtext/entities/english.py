"""English entities from spaCy's en_core_web_sm, with span conventions fixed and numbers dropped."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from powtext.entities._spans import drop_overlaps, make_entity
from powtext.entities.gazetteer import entries, lookup
from powtext.model import ENTITY_LABELS, Annotation


def _token_index(sdoc, char: int) -> int:
    """The index of the first token that starts at or after `char` (len(sdoc) if none): a
    binary search over the token offsets, instead of walking every token in Python."""
    return bisect_left(sdoc.to_array("IDX"), char)


def _overlaps(start: int, end: int, anns) -> bool:
    """Does any annotation cover part of text[start:end]?"""
    return any(a.start < end and start < a.end for a in anns)


def _token_after(sdoc, char: int):
    i = _token_index(sdoc, char)
    return sdoc[i] if i < len(sdoc) else None

# Numeric labels belong to the number/date stage.
_DROPPED = {"DATE", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "TIME"}

# Words that never start an entity in our convention (CoNLL/wikigold: "the" is not part of a name).
_LEADING = re.compile(
    r"^(?:the|a|an|this|that|these|those|his|her|its|their|our|née|nee|geb\.)\s+", re.I)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def _fix_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article/determiner and a trailing possessive."""
    piece = text[start:end]
    m = _LEADING.match(piece)
    # Keep a capitalized "The" inside a sentence: it is part of the name ("The Beatles").
    if m and not (piece[0] == "T" and start > 0 and text[:start].strip()[-1:] not in ".!?\"“"):
        start += m.end()
    piece = text[start:end]
    m = _POSSESSIVE.search(piece)
    if m and end - start > len(m.group()):
        end -= len(m.group())
    return start, end


# The last word of a name says what it names, whatever the small model guessed.
_ORG_HEADS = {
    "institute", "university", "college", "school", "academy", "laboratory", "laboratories",
    "company", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "co.",
    "group", "league", "association", "society", "party", "club", "council", "committee",
    "commission", "board", "agency", "department", "ministry", "bank", "records", "press",
    "airlines", "airways", "railway", "railroad", "diocese", "foundation", "federation", "union",
    "army", "navy", "corps", "orchestra", "band", "fc", "brigade", "division", "regiment",
    "battalion", "squadron", "wing", "museum", "times", "gazette", "journal", "herald",
    "tribune", "network", "broadcasting", "television", "radio", "studios", "entertainment",
    "administration", "directorate", "commissariat", "secretariat", "tribunal", "inspectorate",
    "brothers", "bros.", "sons", "motor", "motors", "limited", "holdings", "gmbh", "ag", "kg",
    "s.a.", "n.v.", "b.v.", "s.p.a.", "oy", "ab", "pty", "k.k.",
    "publishers", "publishing", "church", "congress", "parliament", "senate", "assembly",
    "court", "office", "bureau", "service", "services", "authority", "organization",
    "organisation", "trust", "institution", "hospital", "team", "united", "rovers", "athletic",
    "fame",  # a Hall of Fame is an institution, whatever its "Hall"
}
_LOC_HEADS = {
    "park", "reservoir", "hill", "hills", "river", "lake", "mountain", "mountains", "island",
    "islands", "street", "avenue", "road", "boulevard", "bay", "valley", "creek", "canyon",
    "peninsula", "sea", "ocean", "gulf", "forest", "desert", "formation", "square", "county",
    "province", "region", "district", "township", "village", "coast", "beach", "falls",
    "glacier", "harbor", "harbour", "strait", "basin", "plateau", "range", "parish", "oval",
    "junction", "point", "cape", "heights", "springs", "state", "city", "town", "prefecture",
    "brook", "stream", "marsh", "moor", "loch", "fjord", "estuary", "lagoon", "reef", "atoll",
    "taluk", "tehsil", "municipality", "oblast", "raion", "governorate", "canton",
    "area", "estate", "northwest", "northeast", "southwest", "southeast", "indies", "place",
    "pond", "plains", "steppe", "lowlands", "highlands", "archipelago", "delta",
}
_FAC_HEADS = {"airport", "station", "bridge", "stadium", "arena", "hall", "tower", "building",
              "castle", "palace", "cathedral", "temple", "theatre", "theater", "auditorium",
              "hotel", "highway", "tunnel", "dam", "prison", "camp"}
_TYPABLE = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"}


def _label(ent_label: str, text: str) -> str | None:
    """Map spaCy's label into ours: gazetteer and ISO/CLDR names first, then the head word."""
    if ent_label in _DROPPED:
        return None
    entry = lookup(text)
    if entry is not None and entry.label in ENTITY_LABELS and (
        entry.source == "gazetteer" or ent_label != "PERSON" or " " in text
        or entry.source == "cldr"
    ):
        return entry.label
    words = text.split()
    if ent_label in _TYPABLE and len(words) > 1 and not _head_is_no_kind(ent_label, words):
        kind = _head_label(words)
        if kind == "LOC" and ent_label == "GPE":
            return "GPE"
        if kind is not None:
            return kind
    return ent_label if ent_label in ENTITY_LABELS else None


_GREEK_LETTERS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
                  "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau",
                  "upsilon", "phi", "chi", "psi", "omega"}
_COMMANDS = {"air", "army", "group", "command", "commander", "front", "fleet", "district"}


def _head_is_no_kind(label: str, words: list[str]) -> bool:
    """When the last word says nothing of what a name is: a person named Place or Pond ("Francis
    Place"), a title ("Melrose Place"), a command ("Army Group Southeast"), a society ("Kappa
    Alpha Delta"), the Fourth Estate."""
    head, rest = words[-1].casefold(), [w.casefold() for w in words[:-1]]
    return (label in ("PERSON", "WORK_OF_ART") and head in _LOC_HEADS - _ADMIN_HEADS and (
        label == "WORK_OF_ART" or _is_common_given(words[0]))) or \
        (head in _COMPASS_HEADS and bool(set(rest) & _COMMANDS)) or \
        (head == "delta" and bool(set(rest) & _GREEK_LETTERS)) or \
        (head == "estate" and rest[-1] in _ORDINAL_WORDS)


_COMPASS_HEADS = {"northwest", "northeast", "southwest", "southeast"}
_ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth"}


# A legislature's member, after a party ("Liberal MPP") or before a seat ("MPP for Kenora").
_MEMBER_TITLES = {"MP", "MPP", "MLA", "MHA", "MNA", "MSP", "MEP", "TD"}
# Citation boilerplate and common-noun acronyms the small model takes for organisations, with
# the abbreviations of online writing (quoted posts and comments reach archives too: "RT @user").
_BOILERPLATE = {"Archived", "Retrieved", "PDF", "ISBN", "ISSN", "DOI", "Introduction", "Ibid",
                "POW", "POWs", "MIA", "CEO", "CEOs", "GDP", "HTML", "URL", "FAQ", "TV", "DVD", "CD",
                "LOL", "OMG", "ICYMI", "IRL", "FYI", "IMO", "IMHO", "TBH", "BTW", "DM", "DMs",
                "GOAT", "ASAP", "AKA", "DIY", "TL;DR", "NSFW", "KO", "TKO",
                "LP", "LPs", "OST", "DJ", "DJs", "RBI", "MVP", "SUV",
                *(_MEMBER_TITLES - {"MP", "MLA", "TD"}), "MPPs", "MEPs"}
# "RT" before a quoted author ("RT @user:") marks a repost; elsewhere it may be the broadcaster.
_REPOST_AFTER = re.compile(r"\s*@|:")


# An acronym after "a", "an" or a possessive is a common noun's: "an EP of new songs", "his ERA
# (3.09)", "their debut LP" ("the EP voted" may be the European Parliament).
_COMMON_ACRONYM_BEFORE = re.compile(r"(?<![\w'’])(?:an?|his|her|their|its|my|our|your)\s+"
                                    r"(?:[a-z-]+\s+)?$", re.I)


def _boilerplate(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    return word in _BOILERPLATE or word.startswith("RT @") or _ADDRESS.search(word) is not None \
        or (
        word == "RT" and _REPOST_AFTER.match(text, end) is not None) or (
        word.isupper() and " " not in word and len(word) <= 5
        and _COMMON_ACRONYM_BEFORE.search(text, max(0, start - 24), start) is not None
        and _HEAD_ENDS.match(text, end) is not None)  # not "an FBI agent": a modifier


# An address is no name: a URL, an e-mail, a handle ("https://t.co/…", "@WSJ"); a firm named by
# its domain stays one ("Ask.com").
_ADDRESS = re.compile(r"://|^www\.|^@\w|\w@\w")
# What may follow the head of a noun phrase (not another noun): "an EP of", "his ERA (3.09)".
_HEAD_ENDS = re.compile(r"\s*(?:[^\w\s]|$)|\s+(?:of|in|on|at|for|with|was|is|were|are|has|had|"
                        r"and|or|to|from|by|that|which|who)\b")


@lru_cache(maxsize=1)
def _gazetteer_pattern() -> re.Pattern[str] | None:
    """Every English gazetteer name (4+ characters, capitalized), longest first."""
    names = {n for e in entries() for n in e.names.get("en", ()) if len(n) >= 4 and n[0].isupper()}
    if not names:
        return None
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


# Words that make a new place of a known one: "Greater London", "North Korea", "Old Delhi".
_PLACE_QUALIFIERS = {"greater", "upper", "lower", "inner", "outer", "old", "new", "little",
                     "great", "north", "south", "east", "west", "northern", "southern", "eastern",
                     "western", "central", "middle", "far", "near"}
# Words that join a known name into a longer one: "Supreme Court of Japan", "Bank of Japan".
_NAME_JOINS = {"of", "for", "on", "in", "de", "du", "des", "der", "di", "at"}


_ADMIN_AFTER = re.compile(r" (?:Oblast|Krai|Kray|Okrug|Raion|Prefecture|Province|Governorate)"
                          r"(?![\w'’-])")


def _split_known_tail(text: str, ann: Annotation) -> list[Annotation]:
    """"Anne Applebaum Gulag" → "Anne Applebaum" + "Gulag" when the tail is a known name."""
    words = list(re.finditer(r"\S+", ann.text))
    for k in range(len(words) - 1, 0, -1):  # "Wayback Machine" + "Moscow Logos Publishers"
        head = lookup(ann.text[:words[k - 1].end()])
        rest = ann.text[words[k].start():].split()
        if head is not None and head.source == "gazetteer" and len(rest) >= 2 and (
                _head_label(rest) == "ORG") and head.label not in ("ORG", "GPE", "LOC", "NORP"):
            # ("USSR Ministry of Internal Affairs", "NKVD Main Administration": one name)
            first = make_entity(text, ann.start, ann.start + words[k - 1].end(), head.label,
                                "gazetteer")
            second = make_entity(text, ann.start + words[k].start(), ann.end, "ORG", "rules")
            return [a for a in (first, second) if a is not None]
    if lookup(ann.text) is not None:
        return [ann]  # "North Korea" is known as a whole
    for k in range(1, len(words)):
        tail = ann.text[words[k].start():]
        entry = lookup(tail)
        if entry is not None and entry.source == "gazetteer" and entry.label != ann.label and \
                all(w.group().casefold() in _PLACE_QUALIFIERS for w in words[:k]):
            if entry.label in ("GPE", "LOC") and ann.label != "ORG":
                ann.label = entry.label  # "Outer Mongolia" is a place ("Far Eastern Front" no)
            return [ann]
        if entry is not None and entry.source == "gazetteer" and entry.label != ann.label and \
                words[k - 1].group().casefold() not in _NAME_JOINS:
            head = make_entity(text, ann.start, ann.start + words[k - 1].end(), ann.label, "spacy")
            rest = make_entity(text, ann.start + words[k].start(), ann.end, entry.label,
                               "gazetteer")
            return [a for a in (head, rest) if a is not None]
    return [ann]


def entities_from_spacy(sdoc, text: str | None = None) -> list[Annotation]:
    """Entity annotations of one segment's spaCy Doc, offsets relative to its text (`text`, if
    the caller has it: rebuilding it from the tokens costs as much as a rule)."""
    try:
        text = sdoc.text if text is None else text
        out: list[Annotation] = []
        for ent in sdoc.ents:
            start, end = _fix_span(text, ent.start_char, ent.end_char)
            label = _label(ent.label_, text[start:end])
            if label is None or _boilerplate(text, start, end):
                continue
            ann = make_entity(text, start, end, label, "spacy")
            if ann is not None and any(ch.isalpha() for ch in ann.text):
                out.extend(_split_known_tail(text, ann))
        out = [piece for ann in out for piece in _split_commas(text, ann)]
        out = [piece for ann in out for piece in _split_conjoined_people(text, ann)]
        out = [piece for ann in out for piece in _split_slashes(text, ann)]
        out = [piece for ann in out for piece in _split_route(text, ann)]
        out = [piece for ann in out for piece in _split_nested_units(text, ann)]
        out.extend(_proper_noun_chains(sdoc, text, out))
        out.extend(_acronyms(sdoc, text, out))
        out.extend(_short_names(sdoc, text, out))
        out.extend(_places_named_after_cue(sdoc, text, out))
        out.extend(_plural_names(sdoc, text, out))
        # Names the gazetteer knows and the model missed ("Sankeishinbun", a treaty's name).
        pattern = _gazetteer_pattern()
        for m in pattern.finditer(text) if pattern is not None else ():
            entry = lookup(m.group())
            if entry is None:
                continue
            unit = _ADMIN_AFTER.match(text, m.end()) if entry.label == "GPE" else None
            if unit:  # "Irkutsk Oblast": the region named after the city, a name of its own
                ann = make_entity(text, m.start(), unit.end(), "GPE", "rules")
            else:
                ann = make_entity(text, m.start(), m.end(), entry.label, "gazetteer")
            if ann is not None:
                out.append(ann)
        # A longer known name beats the model's fragment of it ("Soviet" in the Neutrality Pact);
        # a model span that runs two names together with a comma loses to either.
        out.sort(key=lambda a: (
            a.source != "gazetteer" or not any(
                o.source != "gazetteer" and o.start <= a.start and a.end <= o.end
                and ", " not in o.text and (o.end - o.start) > (a.end - a.start) for o in out),
            a.start - a.end))
        anns = _adjacent_names(text, _whole_names(sdoc, text, drop_overlaps(out)))
        anns = _place_kind_after(text, anns)
        anns = _people_by_surname(sdoc, text, _consistent_labels(text, _capitalised(text, anns)))
        anns = _unlabelled_surnames(sdoc, text, anns)
        anns = _by_context(text, anns)
        anns = _people_by_kin(text, anns)
        anns = _people_by_role(text, anns)
        anns = _people_by_verb(sdoc, text, anns)
        anns = _places_by_motion(sdoc, text, anns)
        anns = _japanese_names(text, anns)
        anns = _russian_surnames(anns)
        anns = _lists_of_people(text, anns)
        anns = _inverted_authors(text, _not_people_after_article(text, _rivers(text, anns)))
        return _not_after_a(sdoc, text, _nicknames(text, anns))
    except Exception:  # a bad segment must not stop the pipeline
        return []


# Lowercase words (or a bracket or dash and one) that end a model's span: "Sunnybower or",
# "Gravel Pit - northbound", "Andrew Sant (b".
# ... and lowercase words before it (not a particle: "de Gaulle", "van Gogh")
_LOWER_HEAD = re.compile(r"([a-z]+)\s+(?=[A-Z])")
_FOREIGN_ARTICLES = {"el", "il", "lo", "los", "las", "les", "des", "del", "della", "dos", "das",
                     "do", "ibn", "bint", "y", "zu", "ter", "ten", "op", "het", "de'", "degli"}
_LOWER_TAIL = re.compile(r"(?:\s+(?:[a-z]+|[-–(]\s*[a-z]*))+$")
_NAMED = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "LAW", "EVENT")


# A party's member after the party: "Liberal-Labour MPP", "United Farmers of Ontario MPP".
_MEMBER_TAIL = re.compile(rf"\s+(?:{'|'.join(sorted(_MEMBER_TITLES, key=len, reverse=True))})$")


def _capitalised(text: str, anns: list[Annotation]) -> list[Annotation]:
    """English writes names with capitals: a span of the model's in lowercase ASCII letters only
    is a common noun ("the eastern coast", "a carpenter"), and lowercase words after a name are
    not part of it. (Other scripts, digits and accented words are left alone.)"""
    out = []
    for ann in anns:
        if ann.source != "spacy" or ann.label not in _NAMED:
            out.append(ann)
            continue
        if all(ch < "\u0530" for ch in ann.text) and not any(
                ch.isupper() or ch.isdecimal() for ch in ann.text):
            continue  # no capital in Latin, Greek or Cyrillic ("km²", "bretões marchar")
        head = _LOWER_HEAD.match(ann.text)
        if head and head.group(1) not in _NAME_PARTICLES | _FOREIGN_ARTICLES and \
                ann.label != "NORP":
            trimmed = make_entity(text, ann.start + head.end(), ann.end, ann.label, "spacy")
            if trimmed is None:
                continue
            ann = trimmed  # "later Vortmann Motor Co.", "formerly Intercord Japan"
        tail = _LOWER_TAIL.search(ann.text) if ann.label != "NORP" else None
        tail = tail or _MEMBER_TAIL.search(ann.text)
        if tail and re.search(r"[A-Z]", ann.text[:tail.start()]):
            trimmed = make_entity(text, ann.start, ann.start + tail.start(), ann.label, "spacy")
            if trimmed is not None:
                out.append(trimmed)
                continue
        out.append(ann)
    return out


def _is_given(word: str) -> bool:
    """A given name that is not also an English function word ("The", "An" are in the list as
    Vietnamese and Breton names, but in English text they are articles)."""
    from powtext.entities.names import is_given_name

    return word.casefold() not in _FUNCTION_WORDS and is_given_name(word)


_FUNCTION_WORDS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
                   "their", "our", "my", "your", "of", "and", "or", "in", "on", "at", "to"}


def _is_name_shaped(words: list[str]) -> bool:
    return all(w[:1].isupper() or w in _NAME_PARTICLES for w in words) and words[-1][:1].isupper()


_NAME_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al"}


def _consistent_labels(text: str, anns: list[Annotation]) -> list[Annotation]:
    """Labels that the small model confuses, corrected with evidence from the text itself:

    - "George Hauser" tagged ORG: a known given name before a capitalized word is a person
      (given names from the name list in `powtext.entities.names`), and so is a given name
      alone that is no country or region;
    - "Hauser" later tagged ORG: the surname of a person named in the same text is that person
      (one sense per discourse).
    """
    for ann in anns:
        words = ann.text.split()
        if ann.label in ("ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART") and (
                ann.source == "spacy" and 2 <= len(words) <= 3 and _is_given(words[0])
                and _is_name_shaped(words) and _head_label(words) is None
                and lookup(ann.text) is None):
            ann.label = "PERSON"
        elif ann.label in ("ORG", "GPE", "LOC") and ann.source == "spacy" and len(words) == 1 \
                and _is_given(ann.text) and ann.text not in _regions() \
                and lookup(ann.text) is None:
            ann.label = "PERSON"  # "Klaus", "Henrique": a given name alone, not a known place
    # The holder of a copyright ("© 2023 Example Search") is an organisation, wherever named.
    holders = {a.text for a in anns if _COPYRIGHT.search(text[:a.start])}
    for ann in anns:
        if ann.text in holders and ann.label == "PERSON":
            ann.label = "ORG"
    surnames = {a.text.split()[-1] for a in anns if a.label == "PERSON" and " " in a.text}
    fulls = {a.text for a in anns if a.label == "PERSON"}
    by_text: dict[str, list[Annotation]] = {}
    for ann in anns:
        if ann.source == "spacy":
            by_text.setdefault(ann.text, []).append(ann)
    for ann in anns:
        if ann.label != "PERSON" and ann.source == "spacy" and (
                ann.text in surnames or ann.text in fulls) and lookup(ann.text) is None and \
                not _named_after(by_text[ann.text]):
            ann.label = "PERSON"
    return anns


# Where a surname the model took for an organisation is still no person: after an article, a
# preposition or a compass word ("in Halifax", "central Franc"); before an elliptical possessive
# ("bought Nicholson's and"), a title ("Light's Diary"), a particle and a name ("Nathan der
# Weise", "House of Luiz Caloi") or what it is ("Bilka is a Danish chain"); in a clause that says
# "its" of it.
_NOT_SURNAME_BEFORE = re.compile(
    r"(?:^|[^\w'’])(?:the|The|a|an|in|at|of|from|to|near|on|into|across|central|northern|"
    r"southern|eastern|western|upper|lower|greater)\s+$")
_NOT_SURNAME_AFTER = re.compile(
    r"(?:'s|’s)\s*(?:$|[,;.)]|and\b|or\b)|(?:'s|’s)\s+[A-Z]"
    r"|\s+(?:of|de|der|von|van|du|la|le)\s+[A-Z]"
    r"|\s+(?:is|was)\s+an?\s+(?:[A-Za-z-]+\s+){0,2}?(?:chain|company|firm|brand|band|group|"
    r"team|club|label|magazine|newspaper|journal|retailer|manufacturer|store|shop|bank|party)\b"
    r"|[^.;!?]*?\b(?:its|itself)\b")
_LISTED = (", ", " and ", ", and ", " or ")


def _people_by_surname(sdoc, text: str, anns: list[Annotation]) -> list[Annotation]:
    """A single word the small model calls an organisation but that is a common surname
    (US census list, `powtext.entities.names`) is a person: "Gaudin made his debut", "Prodan won
    five titles". The model labels unfamiliar surnames by their shape; the census knows them."""
    from powtext.entities.names import is_surname

    for i, ann in enumerate(anns):
        if ann.label != "ORG" or ann.source != "spacy" or " " in ann.text or \
                not ann.text.isalpha() or not is_surname(ann.text) or \
                not _relabel_person(ann, text) or \
                _NOT_SURNAME_BEFORE.search(text, max(0, ann.start - 12), ann.start) or \
                _NOT_SURNAME_AFTER.match(text, ann.end):
            continue
        following = _token_after(sdoc, ann.end)
        if following is not None and following.tag_ in ("NN", "NNS"):
            continue  # a modifier: "the Tram companies"
        # Listed with names of another kind, it is one of them: "Ottawa and Halifax", "JC
        # Penney, and Sears" (unless those are surnames too).
        neighbours = [(anns[i - 1], text[anns[i - 1].end:ann.start])] if i else []
        if i + 1 < len(anns):
            neighbours.append((anns[i + 1], text[ann.end:anns[i + 1].start]))
        if any(other.label in ("GPE", "LOC", "ORG", "FAC") and gap in _LISTED
               and not is_surname(other.text) for other, gap in neighbours):
            continue
        if _acts_as_a_firm(sdoc, text, ann.start, ann.end):
            continue
        ann.label = "PERSON"
    return anns


# What firms (named after their founders: Ford, Siemens, Vickers) do and have, and what is done
# to them, in the words right around the name: "Ford introduced the Model T", "Chrysler
# acquired Dodge", "a contract with Vickers", "Krupp's shareholders". A "his" or "her" after it
# still makes a person ("Macmillan published his memoirs").
_FIRM_VERBS = {"acquire", "merge", "release", "launch", "introduce", "manufacture", "market",
               "sell", "supply", "deliver", "employ", "collapse", "produce", "build", "open",
               "publish", "drop", "award", "admit", "overtake", "sponsor", "recall", "buy",
               "hire", "announce", "nationalise", "nationalize", "invest", "issue", "list",
               "reissue", "lend", "beat", "defeat", "finish", "advise"}
_FIRM_OBJECT_VERBS = {"acquire", "buy", "beat", "defeat", "sue", "nationalise", "nationalize"}
_FIRM_NOUNS = {"engineers", "plant", "plants", "factory", "factories", "shares", "stock", "board",
               "workers", "employees", "headquarters", "subsidiary", "products", "models",
               "dealers", "division", "executives", "shareholders", "brand", "catalogue",
               "roster"}
_HIS_HER = re.compile(r"[^.;!?]*?\b(?:his|her|he|she|him)\b")


def _acts_as_a_firm(sdoc, text: str, start: int, end: int) -> bool:
    if _HIS_HER.match(text, end):
        return False
    first, after = _token_index(sdoc, start), _token_index(sdoc, end)
    if first >= after:
        return False
    j = after
    if j + 1 < len(sdoc) and sdoc[j].lower_ == "and" and sdoc[j + 1].tag_ == "NNP":
        j += 2  # "Kraft and Heinz merged"
    while j < len(sdoc) and sdoc[j].pos_ == "ADV":
        j += 1
    if j < len(sdoc) and sdoc[j].pos_ in ("VERB", "AUX") and sdoc[j].lemma_ in _FIRM_VERBS:
        return True
    k = first - 1
    while k >= 0 and sdoc[k].pos_ in ("ADV", "DET"):
        k -= 1
    if k >= 0 and sdoc[k].pos_ == "VERB" and sdoc[k].lemma_ in _FIRM_OBJECT_VERBS:
        return True
    if k >= 1 and sdoc[k].lower_ == "with" and sdoc[k - 1].lemma_ in ("contract", "deal",
                                                                       "merge", "merger"):
        return True
    owned = re.match(r"(?:'s|’s)\s+([a-z]+)", text[end:end + 30])
    return bool(owned and owned.group(1) in _FIRM_NOUNS)


_TITLE_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]{2,}(?![\w'’-])")


def _unlabelled_surnames(sdoc, text: str, anns: list[Annotation]) -> list[Annotation]:
    """A census surname the model left out, opening a clause before its verb, and no English
    word (a WordNet lemma in the model's lemmatizer tables, a stop word): "Citrone denied his
    involvement", "Cavallaro also became famous"."""
    from powtext.entities.names import is_surname

    added = []
    for m in _TITLE_WORD.finditer(text):
        word = m.group().lower()
        if not is_surname(m.group()) or word in _english_words() or any(
                word.endswith(end) and word[:-len(end)] + add in _english_words()
                for end, add in (("ies", "y"), ("es", ""), ("s", ""))):
            continue  # "Battles raged", "Winters were harsh": plurals of English words
        i = _token_index(sdoc, m.start())
        if i == len(sdoc) or sdoc[i].idx != m.start() or sdoc[i].text != m.group():
            continue
        tok = sdoc[i]
        if tok.is_stop or tok.tag_ in ("NNS", "NNPS") or tok.pos_ == "INTJ" or (
                i > 0 and not ((sdoc[i - 1].is_punct and sdoc[i - 1].text not in "-–/'’")
                               or sdoc[i - 1].pos_ in ("CCONJ", "SCONJ"))):
            continue  # only a word that opens its clause
        j = i + 1
        while j < len(sdoc) and sdoc[j].pos_ == "ADV":
            j += 1
        end = m.end()
        if j == len(sdoc) or sdoc[j].pos_ not in ("VERB", "AUX") or \
                _overlaps(tok.idx, end, anns) or \
                _NOT_SURNAME_AFTER.match(text, end) or _acts_as_a_firm(sdoc, text, tok.idx, end):
            continue
        ann = make_entity(text, m.start(), end, "PERSON", "rules")
        if ann is not None:
            added.append(ann)
    return sorted([*anns, *added], key=lambda a: a.start) if added else anns


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Every noun, verb, adjective and adverb of the English model's lemmatizer tables."""
    from powtext.resources import english_model

    try:
        tables = english_model().get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(w for words in tables.values() for w in words)
    except Exception:  # a model without the tables: no word is known, no surname is added
        return frozenset()


def _head_word(words: list[str]) -> str:
    """The noun a name is built on: the last word before "of" and its kin ("Commission on
    Prisoners of War", "Battle of Mukden"), else the last word."""
    for i, w in enumerate(words[1:], 1):
        if w in _NAME_JOINS:
            return words[i - 1].casefold()
    return words[-1].casefold() if words else ""


# The words that head the names of laws and treaties: "Potsdam Declaration", "Special Measures
# Act", "Instrument of Surrender", "Soviet–Japanese Joint Declaration".
_LAW_HEADS = {"act", "declaration", "treaty", "pact", "accord", "accords", "agreement",
              "convention", "protocol", "charter", "instrument", "constitution", "code"}


# Administrative units: states' parts, GPE as the countries are ("Irkutsk Oblast", "Khabarovsk
# Krai", "Kyoto Prefecture").
_ADMIN_HEADS = {"oblast", "krai", "kray", "okrug", "raion", "prefecture", "province",
                "governorate", "canton", "county", "municipality", "voivodeship"}


def _kind_of_word(word: str) -> str | None:
    if word in _LAW_HEADS:
        return "LAW"
    if word in _ADMIN_HEADS:
        return "GPE"
    if word in _ORG_HEADS:
        return "ORG"
    if word in _LOC_HEADS:
        return "LOC"
    return "FAC" if word in _FAC_HEADS else None


def _head_label(words: list[str]) -> str | None:
    """What the last word says, or failing that the head before "of" ("Bank of Japan")."""
    if not words:
        return None
    return _kind_of_word(words[-1].casefold()) or _kind_of_word(_head_word(words))


_COPYRIGHT = re.compile(r"(?:©|\([cC]\)|[Cc]opyright)\s*(?:[MDCLXVI]+|\d{4}(?:[-–]\d{2,4})?)?\s*$")


def _split_commas(text: str, ann: Annotation) -> list[Annotation]:
    """"UN Press Release, Commission on Human Rights" is two things: a model span running over
    a comma keeps the parts that are names (known to the gazetteer, or a known first word)."""
    words = ann.text.split()
    if ann.label == "PERSON" or (", " not in ann.text and (
            not ann.text[:2].isupper() or words[-1].casefold() in _ORG_HEADS or
            any(w in _NAME_JOINS for w in words[1:]))):
        return [ann]  # "Smith, John" stays a person; "USSR Ministry of Internal Affairs" whole
    out: list[Annotation] = []
    offset = ann.start
    for part in ann.text.split(", "):
        start, end = offset, offset + len(part)
        offset = end + 2
        entry = lookup(part)
        if part == ann.text and (entry is not None or len(part.split()) < 2):
            piece = ann
        elif entry is not None:
            piece = make_entity(text, start, end, entry.label, "gazetteer")
        else:
            first = part.split()[0] if part.split() else ""
            known = lookup(first) if first.isupper() and len(first) >= 2 else None
            if known is not None and known.source == "gazetteer":
                piece = make_entity(text, start, start + len(first), known.label, "gazetteer")
            elif part == ann.text:
                piece = ann
            elif _head_label(part.split() or [""]) is not None:
                piece = make_entity(text, start, end, _head_label(part.split()), ann.source)
            elif part.split() and _is_name_shaped(part.split()) and not _PARTNERS.search(ann.text):
                piece = make_entity(text, start, end, ann.label, ann.source)
            else:
                piece = None
        if piece is not None:
            out.append(piece)
    return out


# "Little, Brown and Company", "Farrar, Straus and Giroux": a firm of partners is one name.
_PARTNERS = re.compile(r"\s(?:and|&)\s")
_CONJOINED = re.compile(r"\s+(?:and|&)\s+")


def _split_conjoined_people(text: str, ann: Annotation) -> list[Annotation]:
    """"Klaus and Henrique" tagged as one organisation: two people, when each part opens with a
    known given name."""
    parts = _CONJOINED.split(ann.text)
    if len(parts) < 2 or not all(p.split() and _is_given(p.split()[0])
                                 and _is_name_shaped(p.split()) for p in parts):
        return [ann]
    out, offset = [], ann.start
    for m in [*_CONJOINED.finditer(ann.text), None]:
        end = ann.start + m.start() if m else ann.end
        piece = make_entity(text, offset, end, "PERSON", "rules")
        if piece is not None:
            out.append(piece)
        offset = ann.start + m.end() if m else end
    return out


_WORDS = re.compile(r"\w+")
_ABBREVIATIONS = re.compile(r"\w+\.")  # "Inc.", "Co."


def _proper_noun_chains(sdoc, text: str, found: list[Annotation]) -> list[Annotation]:
    """Runs of capitalized proper nouns ending in an organisation word that the model missed
    ("Moscow Logos Publishers"): an organisation, over any place the model saw inside it."""
    out: list[Annotation] = []
    folded = text.casefold()
    if not _ORG_HEADS & {*_WORDS.findall(folded), *_ABBREVIATIONS.findall(folded)}:
        return out  # every chain ends in an organisation word
    # Walk back from each capitalised organisation word that ends a run of proper nouns (the
    # runs that end elsewhere make nothing; walking every token costs more than finding these).
    n = len(sdoc)
    for m in _CAPITALISED.finditer(text):
        word = m.group().casefold()
        if word not in _ORG_HEADS and word.rstrip(".") not in _ORG_HEADS:
            continue
        i = _token_index(sdoc, m.start())
        if i == n or sdoc[i].idx != m.start() or sdoc[i].text.casefold() not in _ORG_HEADS:
            continue
        head = sdoc[i]
        if head.pos_ == "PROPN" and i + 1 < n and sdoc[i + 1].pos_ == "PROPN" and \
                sdoc[i + 1].text[:1].isupper():
            continue  # the run goes on past it
        j = i
        while j > 0 and sdoc[j - 1].pos_ == "PROPN" and sdoc[j - 1].text[:1].isupper():
            j -= 1
        if j == i and head.pos_ != "PROPN":
            continue  # a capitalised head alone ("Press") opens no run
        run = list(sdoc[j:i + 1])
        # a name of another kind that opens the run stays itself ("Wayback Machine" + ...)
        for a in found:
            if run and a.start == run[0].idx and a.label not in ("GPE", "LOC", "ORG", "NORP"):
                run = [t for t in run if t.idx >= a.end]
        for k in range(len(run) - 2, 0, -1):
            known = lookup(" ".join(t.text for t in run[:k]))
            if known is not None and known.source == "gazetteer" and known.label not in (
                    "GPE", "LOC", "ORG", "NORP"):
                run = run[k:]
                break
        if len(run) >= 2 and run[-1].text.casefold() in _ORG_HEADS:
            start, end = run[0].idx, run[-1].idx + len(run[-1].text)
            inside = [a for a in found if a.start < end and start < a.end]
            if all(start <= a.start and a.end <= end and a.label in ("GPE", "LOC", "ORG", "NORP")
                   and a.end - a.start < end - start for a in inside):
                ann = make_entity(text, start, end, "ORG", "rules")
                if ann is not None:
                    for a in inside:
                        found.remove(a)
                    out.append(ann)
    return out


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w.&'’-]*")


# What the words around a name say it is. The small model labels a name mostly by its shape;
# English prose usually says what a name is right next to it ("the band Deadsy", "Lord Stanley",
# "Sandy Hook, Maryland", an album title in quotes).
_PERSON_TITLES = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "king",
    "queen", "prince", "princess", "emperor", "empress", "tsar", "czar", "pope", "saint", "st.",
    "president", "senator", "governor", "general", "colonel", "captain", "major", "lieutenant",
    "sergeant", "admiral", "marshal", "bishop", "archbishop", "cardinal", "rev.", "reverend",
    "father", "sister", "brother", "uncle", "aunt", "professor", "prof.", "judge", "justice",
    "chancellor", "minister", "ambassador", "count", "countess", "duke", "duchess", "baron",
}
_ORG_CUES = {"band", "group", "label", "team", "club", "company", "firm", "newspaper",
             "magazine", "journal", "quarterly", "party", "station", "network", "charity",
             "airline", "publisher", "manufacturer", "retailer", "brand"}
_WORK_CUES = {"album", "single", "song", "film", "movie", "novel", "poem", "book", "opera",
              "play", "series", "ep", "lp", "painting", "sculpture", "symphony", "track", "show"}
_EVENT_HEADS = {"award", "awards", "prize", "trophy", "medal", "cup", "championship",
                "championships", "olympics", "games", "war", "battle", "siege", "campaign",
                "revolution", "festival", "season", "tour", "rebellion", "uprising", "massacre",
                "offensive", "trial", "trials", "conference", "incident", "earthquake",
                "summit", "crisis", "mutiny", "purge", "famine", "blockade", "airlift",
                "invasion", "landings", "election", "elections"}
# Plurals of awards and wars: "two Stanley Cups", "the Calder Trophies", "the Balkan Wars" (not
# "Tours", a city)
_PLURAL_EVENTS = ("award", "prize", "medal", "cup", "championship", "war", "game", "battle",
                  "campaign", "revolution", "rebellion", "uprising", "massacre", "offensive",
                  "trial", "conference", "incident", "purge", "election")
_EVENT_HEAD = re.compile(rf"(?:{'|'.join(sorted(_EVENT_HEADS))})|"
                         rf"(?:{'|'.join(_PLURAL_EVENTS)})s|trophies")
_OPEN_QUOTES, _CLOSE_QUOTES = "\"“‘'«", "\"”’'»"
# "P-38 Lightning", "F-86 Sabre": a type designation names a product.
_DESIGNATION = re.compile(r"^[A-Z]{1,3}-\d+[A-Z]?\b")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.]*)\s+$")
# A constituency after its member's title and "for": "the Liberal MPP for Kenora" (a lawyer
# "represented" a client, so that verb is no cue).
_SEAT_FOR = re.compile(rf"\b(?:{'|'.join(sorted(_MEMBER_TITLES, key=len, reverse=True))}|"
                       r"[Mm]ember|[Ss]enator)\s+for\s+$")  # not "representative for Ford"
# A team named by its town: what a player does for a team, counted in games or seasons ("played
# 26 games for Lausanne"), or signing with it. ("played with Parker" is a partner, "signed a
# treaty with Bukhara" a state.)
_PLAYED_FOR = re.compile(
    r"\b(?:(?:play(?:ed|s|ing)?|appeared|scored)(?:\s+\d+)?(?:\s+(?:games|matches|seasons|"
    r"times|goals))?\s+for|(?:games|matches|appearances|goals|seasons|debut)\s+for|"
    r"signed(?:\s+on)?\s+with)\s+$")
_GAMES = re.compile(r"\d|games|matches|seasons|appearances|goals|debut|signed")
_PLACE_AFTER = re.compile(r"^,\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)(?!\w|'s|’s)")
# A place word or a compass direction and "of" before a name: the name is a place's.
_PLACE_OF = re.compile(
    r"\b(?:village|town|city|hamlet|suburb|parish|county|municipality|borough|province|"
    r"region|district|island|port|capital|outskirts|(?:north|south)(?:east|west)?|east|west)"
    r"\s+of\s+$")
_PLACE_OF_ANYWHERE = re.compile(_PLACE_OF.pattern.rstrip("$"))
# What the sentence says the name is: "Clergoux is a village and commune in ...", "Brandhorst
# is a municipality in ...".
# Only "a" or "an" and adjectives before the kind: "the mayor of the town" is a person's office.
_IS_A_PLACE = re.compile(
    r"\s+(?:is|was)\s+an?\s+(?:(?!(?:of|the|in|on|at|for|with|from|by|to)\b)[a-z-]+\s+){0,2}?"
    r"(village|town|city|commune|hamlet|"
    r"suburb|municipality|parish|settlement|neighbou?rhood|river|lake|mountain|island|region|"
    r"province|district|county|valley)(?=\s+(?:and|or|in|of|on|near|at|located|situated|with|"
    r"that|which|where|north|south|east|west)\b|\s*[,.;:(]|\s*$)")
# What the sentence says an organisation is, in an apposition or after "is": "Staedtler, a
# stationery company with global operations", "Eels is an American rock band".
_IS_AN_ORG = re.compile(
    r"(?:,|\s+(?:is|was|are|were))\s+(?:an?|the)\s+(?:(?!(?:of|in|on|at|for|with|from|by|to|"
    r"who|which)\b)[\w-]+\s+){0,3}?(?:company|firm|band|group|label|manufacturer|retailer|"
    r"publisher|newspaper|magazine|journal|corporation|brand|chain|conglomerate|airline|"
    r"bank|club|team|party|organi[sz]ation|charity|agency|studio|network|orchestra|ensemble|"
    r"duo|trio|quartet)s?(?=\s*(?:[,.;:()]|$)|\s+(?:of|in|on|at|with|that|which|based|"
    r"founded|formed|from|whose|known|and|or|for|by)\b)")  # the head: not "the team's captain"
# ... not "In Mukden, a group of officers" (a phrase opening the sentence, then its subject) or
# "Led by Amundsen, a team of five men"
_COLLECTIVE_OF = re.compile(r"(?:,|\s+(?:is|was|are|were))\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:group|team|chain|network|trio|quartet|duo|ensemble|band)\s+of\b")
_FRONTED = re.compile(r"(?:^|[.!?]\s+)(?:[A-Z][a-z]+\s+)?(?:[Ii]n|[Aa]t|[Oo]n|[Uu]nder|[Ww]ith|"
                      r"by|[Aa]fter|[Dd]uring|[Ff]rom|[Nn]ear|[Bb]efore|[Ll]ike|[Aa]mong|"
                      r"[Aa]round|[Ww]ithin|[Bb]eyond|[Oo]utside|[Ii]nside)\s+(?:the\s+)?$")
_NATURAL_PLACES = {"river", "lake", "mountain", "island", "region", "valley"}
_MILITARY_HEADS = {"division", "wing", "regiment", "squadron", "brigade", "battalion", "corps",
                   "fleet", "army", "group", "flotilla", "company"}
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])(\d+(?:st|nd|rd|th)?)\s+$")


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Countries and their first-level regions (ISO 3166-1/-2 through pycountry): the place
    after a comma in "Sandy Hook, Maryland"."""
    try:
        import pycountry
    except ImportError:
        return frozenset()
    names = {c.name for c in pycountry.countries}
    names |= {getattr(c, "common_name", c.name) for c in pycountry.countries}
    names |= {s.name for s in pycountry.subdivisions if s.parent_code is None}
    return frozenset(n for n in names if "," not in n)


def _by_context(text: str, anns: list[Annotation]) -> list[Annotation]:
    scored = ("PERSON", "ORG", "GPE", "LOC")
    for ann in anns:
        if ann.source not in ("spacy", "rules"):
            continue  # the gazetteer's labels stand
        words = ann.text.split()
        before = _WORD_BEFORE.search(text[max(0, ann.start - 24):ann.start])
        cue = before.group(1).casefold() if before else ""
        head = _head_label(words)
        if ann.label in scored and ann.start > 0 and text[ann.start - 1] in _OPEN_QUOTES and \
                text[ann.end:ann.end + 1] and text[ann.end] in _CLOSE_QUOTES:
            ann.label = "WORK_OF_ART"  # a title in quotes: a song, an album, a poem
        elif ann.label in (*scored, "FAC") and _DESIGNATION.match(ann.text):
            ann.label = "PRODUCT"
        elif words and _EVENT_HEAD.fullmatch(_head_word(words)) and ann.label in (
                *scored, "WORK_OF_ART", "FAC", "PRODUCT") \
                and (len(words) > 1 or words[0].casefold() in _EVENT_HEADS):
            ann.label = "EVENT"
        elif cue in _WORK_CUES and ann.label in scored and head is None:
            ann.label = "WORK_OF_ART"
        elif cue in _PERSON_TITLES and before.group(1)[:1].isupper() and \
                ann.label in ("ORG", "GPE", "LOC") and head is None and _is_name_shaped(words):
            ann.label = "PERSON"
        elif cue in _ORG_CUES and ann.label in ("PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART",
                                                 "PRODUCT") and head != "ORG":
            ann.label = "ORG"  # "the band Madina Lake": the cue outweighs the name's last word
        elif ann.label in ("GPE", "LOC", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART") and \
                head is None and lookup(ann.text) is None and (
                    played := _PLAYED_FOR.search(text[max(0, ann.start - 40):ann.start])) and \
                not (ann.label == "PERSON" and (len(words) > 1 or not _GAMES.search(
                    played.group()))):
            # "26 games for Lausanne", "signed with Coburg": a team (a person the model saw is
            # one only after a count of games: "the band played for Kennedy")
            ann.label = "ORG"
        elif ann.label in ("PERSON", "ORG") and head is None and len(words) <= 3 and \
                _SEAT_FOR.search(text[max(0, ann.start - 40):ann.start]):
            ann.label = "GPE"  # "the MPP for Kenora", "represented Welland": a constituency
        elif ann.label in ("PERSON", "ORG") and head is None and _PLACE_OF.search(
                text[max(0, ann.start - 40):ann.start]):
            ann.label = "GPE"  # "the village of Aldwick", "north of Harwell"
        elif ann.label in ("PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART") and \
                head is None and lookup(ann.text) is None and _IS_AN_ORG.match(text, ann.end) \
                and not _COLLECTIVE_OF.match(text, ann.end) and \
                not _FRONTED.search(text, max(0, ann.start - 40), ann.start):
            ann.label = "ORG"  # "Staedtler, a stationery company", "Gigi is a rock band"
        elif ann.label in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "NORP") and \
                head is None and (kind := _IS_A_PLACE.match(text, ann.end)):
            ann.label = "LOC" if kind.group(1) in _NATURAL_PLACES else "GPE"
        elif ann.label == "PERSON" and head is None:
            after = _PLACE_AFTER.match(text[ann.end:ann.end + 40])
            if after and after.group(1) in _regions() and lookup(ann.text) is None:
                ann.label = "GPE"
        if ann.label == "ORG" and words and words[-1].casefold() in _MILITARY_HEADS:
            number = _NUMBER_BEFORE.search(text[max(0, ann.start - 12):ann.start])
            if number:  # "the 65th Air Division": the unit's number is part of its name
                ann.start -= len(number.group(0))
                ann.text = text[ann.start:ann.end]
    return anns


# English personal names take no article: "the Reading train", "the bush", "the Azna" are
# modifiers, common nouns, peoples, teams... not people, whatever the name's shape made the
# model say (a known given name stays: "the young Anna Smith" is rare but real).
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w'’])(?:the|The)\s+$")


# An author at the head of a reference, surname first: "Applebaum, Anne (2003).", "Campbell,
# A.A. (1978)", "Katasonova, Elena. Japanese ...": one person, not two names.
_INVERTED_AUTHOR = re.compile(
    r"^[\s\W]*?(?P<name>(?P<surname>[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?), "
    r"(?P<given>[A-Z]\.(?:\s?[A-Z]\.)*|[A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+)?(?:\s[A-Z]\.)?))"
    r"(?=\s*\(\s*(?:\d|n\.d\.)|\.\s|\.?$|,\s*(?:\d|eds?\.|trans\.)|;|\s+and\s+[A-Z])")


def _inverted_authors(text: str, anns: list[Annotation]) -> list[Annotation]:
    m = _INVERTED_AUTHOR.match(text)
    known = lookup(m.group("surname")) if m is not None else None
    if m is None or (known is not None and known.label != "PERSON") or \
            m.group("surname") in _regions():
        return anns
    given = m.group("given")
    first = given.split()[0].rstrip(".")
    if not (given[1:2] == "." or _is_common_given(first) or any(
            a.label == "PERSON" and a.start < m.end("name") and m.start("name") < a.end
            for a in anns) or (
            _surname_shaped(m.group("surname")) and lookup(given) is None and
            first.casefold() not in _english_words() and given not in _regions())):
        return anns  # "Doubleday, New York.": a publisher and a place
    author = make_entity(text, m.start("name"), m.end("name"), "PERSON", "rules")
    if author is None:
        return anns
    kept = [a for a in anns if a.end <= author.start or author.end <= a.start]
    return sorted([*kept, author], key=lambda a: a.start)


# What one crosses, follows or lives along after "the" is a river or a range, not a person or
# a firm: "crossed the Amur", "the banks of the Yenisei", "advanced along the Sungari".
_ALONG_THE = re.compile(
    r"(?:^|[^\w'’])(?:cross(?:ed|es|ing)?|across|along|alongside|up|down|over|beyond|upstream|"
    r"downstream|(?:banks?|mouth|valley|basin|delta|estuary|source|headwaters|shores?|"
    r"foothills|slopes)\s+of)\s+the\s+$")


def _rivers(text: str, anns: list[Annotation]) -> list[Annotation]:
    for ann in anns:
        if ann.label in ("PERSON", "ORG") and ann.source == "spacy" and " " not in ann.text \
                and _is_name_shaped([ann.text]) and not ann.text.isupper() and \
                lookup(ann.text) is None and \
                _ALONG_THE.search(text, max(0, ann.start - 30), ann.start):
            ann.label = "LOC"
    return anns


def _not_people_after_article(text: str, anns: list[Annotation]) -> list[Annotation]:
    out = []
    for ann in anns:
        if ann.label == "PERSON" and ann.source == "spacy" and _ARTICLE_BEFORE.search(
                text[max(0, ann.start - 8):ann.start]) and not _is_given(ann.text.split()[0]):
            if not _PLURAL_NAME.search(ann.text):
                continue
            ann.label = "ORG"  # "the Bruins", "the Ramones": a team, a band
            start, _ = _fix_span(text, ann.start - 4, ann.end)
            if start < ann.start:  # "bands like The Ramones": a capital "The" is in the name
                ann.start, ann.text = start, text[start:ann.end]
        out.append(ann)
    return out


# A name takes no "a" or "an" at the head of its phrase: "is a Dynamic Speaker", "has a
# Technology Centre", "raised as an Ilocano" are common nouns, roles and peoples (as a modifier it
# may still be a name: "a Major League Baseball pitcher").
_INDEFINITE_BEFORE = re.compile(r"(?:^|[^\w'’-])(?:a|an)\s+$")


def _not_after_a(sdoc, text: str, anns: list[Annotation]) -> list[Annotation]:
    out = []
    for ann in anns:
        if ann.label in ("PERSON", "ORG", "GPE", "LOC") and ann.source == "spacy" and \
                _INDEFINITE_BEFORE.search(text, max(0, ann.start - 4), ann.start) and \
                not _a_modifier(sdoc, text, ann):
            continue
        out.append(ann)
    return out


def _a_modifier(sdoc, text: str, ann: Annotation) -> bool:
    """Is a name after "a" still a name? As a modifier ("a Tokyo-based firm", "a Harvard
    educated lawyer", "a Ford or Chevrolet truck"), a person's full name ("sold to a John
    Sutherland"), or inside a name ("Carn an Tuirc")."""
    i = _token_index(sdoc, ann.end)
    if i + 1 < len(sdoc) and sdoc[i].pos_ == "CCONJ" and sdoc[i + 1].text[:1].isupper():
        i += 2  # "a Ford or Chevrolet truck": the head they share
        while i < len(sdoc) and sdoc[i].pos_ == "PROPN":
            i += 1
    following = sdoc[i] if i < len(sdoc) else None
    if following is not None and (following.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") or
                                  following.text in ("-", "–") or following.tag_ == "VBN"):
        return True
    words = ann.text.split()
    if ann.label == "PERSON" and len(words) >= 2 and _is_common_given(words[0]):
        return True
    word_before = re.search(r"(?:^|[.!?]\s+)?(\S+)\s+(?:a|an)\s+$", text[max(0, ann.start - 30):
                                                                        ann.start])
    return bool(word_before and word_before.group(1)[:1].isupper() and
                word_before.group(1)[-1:].isalpha() and not re.search(
                    r"(?:^|[.!?])\s*\S+\s+(?:a|an)\s+$", text[max(0, ann.start - 30):ann.start]))


def _surname_shaped(word: str) -> bool:
    """A census surname, a Russian one, or no English word: "Smith", "Karpov" (not
    "Program")."""
    from powtext.entities.names import is_surname

    return is_surname(word) or word.casefold() not in _english_words() or (
        word.isascii() and bool(_RUSSIAN_SURNAME_ENDING.search(word)) and
        _russian_dictionary_says(word) == "Surn")  # "Karpov" (WordNet knows the chess player)


def _is_common_given(word: str) -> bool:
    """A given name of the optional list, or of the US census (the small list is safe only to
    keep a person a person, not to make one)."""
    from powtext.entities.names import is_census_given_name

    return _is_given(word) or is_census_given_name(word)


_PLURAL_NAME = re.compile(r"[a-z][a-rt-z]s$")
_CAPITAL_RUN = re.compile(r"[A-Z]\S*(?:\s+[A-Z]\S*)*")
_THE_CAPITAL = re.compile(r"\b[Tt]he\s+[A-Z]")  # where a plural name can be at all


def _plural_names(sdoc, text: str, found: list[Annotation]) -> list[Annotation]:
    """"the Falcons", "the Devil Rays": a capitalized plural after "the" that the model left
    out names a team or a band (places and peoples are known to the gazetteer or NORP)."""
    out: list[Annotation] = []
    for m in _THE_CAPITAL.finditer(text):  # the tokens at those places, not a walk over all
        if not any(_PLURAL_NAME.search(w) for w in re.findall(
                r"[A-Za-z]+", _CAPITAL_RUN.match(text, m.end() - 1).group())):
            continue  # no plural among the capitalised words after it: nothing to name
        span = sdoc.char_span(m.start(), m.start() + 3)
        if span is None or len(span) != 1 or span[0].i + 1 >= len(sdoc):
            continue
        tok, i = span[0], span[0].i
        run = []
        for nxt in sdoc[i + 1:]:
            if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper():
                break
            run.append(nxt)
        if not run or not _PLURAL_NAME.search(run[-1].text):
            continue
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        start, _ = _fix_span(text, tok.idx, end)  # "bands like The Ramones" keep their "The"
        if _overlaps(start, end, found) or \
                lookup(text[start:end]) is not None:
            continue
        ann = make_entity(text, start, end, "ORG", "rules")
        if ann is not None:
            out.append(ann)
    return out


# An acronym the model left out ("the NHL", "WAFL matches") names an organisation far more
# often than anything else: places and people are seldom written as initials.
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
_ROMAN = re.compile(r"[MDCLXVI]+")


def _acronyms(sdoc, text: str, found: list[Annotation]) -> list[Annotation]:
    letters = [ch for ch in text if ch.isalpha()]
    if letters and sum(ch.isupper() for ch in letters) > len(letters) / 2:
        return []  # a heading in capitals: every word looks like an acronym
    out: list[Annotation] = []
    for tok in sdoc:
        # the tagger often calls an unknown acronym a noun or an adjective: its shape decides
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ") or not _ACRONYM.fullmatch(tok.text) \
                or _ROMAN.fullmatch(tok.text) or tok.ent_type_ \
                or _boilerplate(text, tok.idx, tok.idx + len(tok.text)):
            continue
        if any(0 <= j < len(sdoc) and (sdoc[j].text[:1].isupper() or sdoc[j].text[:1].isdigit()
                                       or sdoc[j].text in ("-", "–", "/"))
               and sdoc[j].lower_ not in _FUNCTION_WORDS for j in (tok.i - 1, tok.i + 1)):
            continue  # part of a longer name ("Montreal HC", "FC Basel", "All-SWC")
        start, end = tok.idx, tok.idx + len(tok.text)
        if _overlaps(start, end, found) or lookup(tok.text) is not None:
            continue
        ann = make_entity(text, start, end, "ORG", "rules")
        if ann is not None:
            out.append(ann)
    return out


# An organisation named again by its kind alone, capitalised: "the League was formed in
# 1960", "the Laboratory has a broad mission". (A common noun is not capitalised mid-sentence.)
_SHORT_NAME_HEADS = {"league", "union", "laboratory", "party", "army", "navy", "company",
                     "corporation", "society", "association", "institute", "university",
                     "college", "academy", "museum", "commission", "committee", "council",
                     "ministry", "church", "federation", "foundation", "club", "band"}


_SHORT_NAME_CUE = re.compile(
    rf"\b[Tt]he (?:{'|'.join(w.capitalize() for w in sorted(_SHORT_NAME_HEADS))})\b")


def _short_names(sdoc, text: str, found: list[Annotation]) -> list[Annotation]:
    """"the League was formed": the capital says a name. (Not in a title written in title case,
    "The Rise of the Party in Victorian Britain", where every word has one.)"""
    out: list[Annotation] = []
    if not _SHORT_NAME_CUE.search(text):
        return out  # the common case: walking the tokens costs more than this look
    words = [t for t in sdoc if t.is_alpha and t.lower_ not in _FUNCTION_WORDS]
    if len(words) >= 3 and sum(t.text[:1].isupper() for t in words) > 0.7 * len(words):
        return out
    for tok in sdoc[1:]:
        if tok.lower_ not in _SHORT_NAME_HEADS or not tok.text[:1].isupper() or \
                tok.text.isupper() or sdoc[tok.i - 1].lower_ != "the":
            continue
        nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
        if nxt is not None and (nxt.text[:1].isupper() or nxt.lower_ == "of" or nxt.is_digit):
            continue  # a longer name ("the League of Rights") is the model's or the chain's
        start, end = tok.idx, tok.idx + len(tok.text)
        if _overlaps(start, end, found):
            continue
        ann = make_entity(text, start, end, "ORG", "rules")
        if ann is not None:
            out.append(ann)
    return out


def _split_slashes(text: str, ann: Annotation) -> list[Annotation]:
    """"Crobar / Suite / Amika": a spaced slash separates names (a list, or alternatives), each
    of the model's kind."""
    if " / " not in ann.text:
        return [ann]
    out, offset = [], ann.start
    for part in ann.text.split(" / "):
        piece = make_entity(text, offset, offset + len(part), ann.label, ann.source)
        offset += len(part) + 3
        if piece is not None and any(ch.isupper() for ch in piece.text):
            out.append(piece)
    return out


# "Harrison to Bridgton Junction": a route between two places, or a place run into the next
# name ("Bandarlapalle the Deccan Plateau"); "of the", "on the" stay inside a name.
_ROUTE = re.compile(r" (?:to|via) (?=[A-Z])")  # not "the": "Peter the Great Gulf"
_NAME_INSIDE = re.compile(r"\b(?:of|on|upon|in|by|under|at|and|to|from)$")


def _split_route(text: str, ann: Annotation) -> list[Annotation]:
    if ann.label not in ("GPE", "LOC", "FAC") or ann.source != "spacy":
        return [ann]
    m = _ROUTE.search(ann.text)
    if m is None or _NAME_INSIDE.search(ann.text[:m.start()]) or \
            not ann.text[:m.start()][:1].isupper():
        return [ann]
    first = make_entity(text, ann.start, ann.start + m.start(), ann.label, ann.source)
    rest = make_entity(text, ann.start + m.end(), ann.end, ann.label, ann.source)
    return [a for a in (first, rest) if a is not None]


# A named unit inside a named unit: "Palmaner Taluk of Chittoor District of Andhra Pradesh",
# "Howe's Brigade of Couch's Division". ("District of Columbia", "Bank of Canada": no name
# before the head word, one name.)
_UNIT_HEADS = {"district", "county", "province", "region", "parish", "prefecture", "taluk",
               "tehsil", "municipality", "oblast", "raion", "governorate", "canton",
               "brigade", "division", "regiment", "battalion"}
# Words that qualify a unit rather than name it: "the Eastern District of Virginia", "the Royal
# County of Berkshire" are one name each.
_UNIT_QUALIFIERS = {"eastern", "western", "northern", "southern", "central", "north", "south",
                    "east", "west", "upper", "lower", "royal", "special", "autonomous", "free",
                    "federal", "greater", "middle", "inner", "outer", "new", "old", "first",
                    "second", "third"}
_UNIT_OF = re.compile(r"(\S+) of (?:the )?(?=[A-Z\d])")


def _split_nested_units(text: str, ann: Annotation) -> list[Annotation]:
    if ann.source != "spacy" or ann.label not in ("GPE", "LOC", "ORG") or " of " not in ann.text:
        return [ann]
    out, begin = [], 0
    for m in _UNIT_OF.finditer(ann.text):
        left = ann.text[begin:m.end(1)]
        names = [w for w in left.split()[:-1] if w.casefold() not in _UNIT_QUALIFIERS]
        if m.group(1).casefold() in _UNIT_HEADS and names and _is_name_shaped(left.split()):
            out.append((begin, m.end(1)))
            begin = m.end()
    if not out:
        return [ann]
    out.append((begin, len(ann.text)))
    pieces = [make_entity(text, ann.start + a, ann.start + b, ann.label, ann.source)
              for a, b in out]
    for piece in pieces:
        if piece is not None:
            entry = lookup(piece.text)
            head = _head_label(piece.text.split())
            if entry is not None and entry.label in ENTITY_LABELS:
                piece.label = entry.label
            elif head is not None and len(piece.text.split()) > 1:
                piece.label = head
    return [p for p in pieces if p is not None]


def _places_named_after_cue(sdoc, text: str, found: list[Annotation]) -> list[Annotation]:
    """"the town of Bramwell", "a suburb of Kettering": capitalized proper nouns after a place
    word and "of" that the model left out name that place."""
    out: list[Annotation] = []
    if not _PLACE_OF_ANYWHERE.search(text) and not _IS_A_PLACE.search(text):
        return out
    at = {tok.idx: tok for tok in sdoc}
    for kind in _IS_A_PLACE.finditer(text):  # "Brandhorst is a municipality in ...", the name
        span = sdoc.char_span(kind.start() - 1, kind.start(), alignment_mode="expand") \
            if kind.start() > 0 else None  # the model left out
        tok = span[-1] if span is not None and len(span) else None
        if tok is None or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or \
                tok.idx + len(tok.text) != kind.start():
            continue
        first = tok
        while first.i > 0 and sdoc[first.i - 1].pos_ == "PROPN" and \
                sdoc[first.i - 1].text[:1].isupper() and tok.i - first.i < 3:
            first = sdoc[first.i - 1]
        start, end = first.idx, tok.idx + len(tok.text)
        if _overlaps(start, end, (*found, *out)):
            continue
        label = "LOC" if kind.group(1) in _NATURAL_PLACES else "GPE"
        ann = make_entity(text, start, end, label, "rules")
        if ann is not None:
            out.append(ann)
    for m in _PLACE_OF_ANYWHERE.finditer(text):
        toks = []
        tok = at.get(m.end())
        while tok is not None and tok.pos_ == "PROPN" and tok.text[:1].isupper() and (
                not toks or tok.idx == toks[-1].idx + len(toks[-1].text) + 1):
            toks.append(tok)
            tok = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
        if not toks:
            continue
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if _overlaps(start, end, found):
            continue
        ann = make_entity(text, start, end, "GPE", "rules")
        if ann is not None:
            out.append(ann)
    return out


# A lowercase occupation right before a name is in apposition to it: "the pianist Dravek".
_OCCUPATIONS = {
    "pianist", "guitarist", "drummer", "bassist", "singer", "vocalist", "composer", "violinist",
    "saxophonist", "trumpeter", "actor", "actress", "director", "writer", "novelist", "poet",
    "painter", "sculptor", "artist", "author", "journalist", "historian", "philosopher",
    "scientist", "physicist", "chemist", "biologist", "mathematician", "economist", "owner",
    "footballer", "pitcher", "catcher", "quarterback", "striker", "goalkeeper", "boxer",
    "wrestler", "veteran", "rookie", "coach", "manager", "captain", "senator", "politician",
    "lawyer", "attorney", "doctor", "surgeon", "priest", "rabbi", "reverend", "officer",
    "soldier", "sergeant", "photographer", "architect", "designer", "producer", "comedian",
    "dancer", "rapper", "sheriff", "deputy", "detective", "professor", "teacher", "student",
}
# Capitalised words before or after a name that are not part of it: a title or a role ("Manager
# Lou Piniella", "United States Representative"), which English capitalises before a name.
_ROLE_WORDS = _PERSON_TITLES | _OCCUPATIONS | {
    "agent", "chair", "chairman", "chairwoman", "chief", "commissioner", "consul", "correspondent",
    "councillor", "editor", "engineer", "famer", "founder", "head", "inspector", "leader", "mayor",
    "member", *(t.casefold() for t in _MEMBER_TITLES), "player", "premier", "reporter",
    "representative", "scholar",
    "secretary", "spokesman", "spokeswoman", "superintendent", "vice",
}


def _whole_names(sdoc, text: str, anns: list[Annotation]) -> list[Annotation]:
    """The small model often tags part of a name: "Moses [Mendelssohn]", "Aero [Gare]",
    "[Connecticut] Lottery". A name is the whole run of capitalised proper nouns around it,
    short of titles and roles; a place that turns out to be the first word of a longer name
    ("Connecticut Lottery", "Fairfax Connector") names an organisation."""
    if not anns:
        return anns
    taken: set[int] = set()
    for a in anns:
        span = sdoc.char_span(a.start, a.end, alignment_mode="expand")
        if span is not None:
            taken.update(range(span.start, span.end))

    def joins(tok) -> bool:
        return (tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.i not in taken
                and not _ROMAN.fullmatch(tok.text)  # a year or a regnal number: the number's
                and tok.text not in _BOILERPLATE  # "Japanese POW": a common noun's acronym
                and tok.text.casefold().rstrip(".") not in _ROLE_WORDS
                and tok.text.casefold() not in _ROLE_WORDS)

    def hyphened(k: int) -> bool:
        """Tokens k and k + 2 are joined by a hyphen with no space: "Saxony-Anhalt"."""
        return sdoc[k + 1].text in ("-", "‐") and not sdoc[k].whitespace_ \
            and not sdoc[k + 1].whitespace_

    for ann in anns:
        span = sdoc.char_span(ann.start, ann.end) if ann.source == "spacy" else None
        if span is None:
            continue
        i, j = span.start, span.end - 1
        before = (i, j)
        while True:
            if i > 0 and sdoc[i - 1].whitespace_ and joins(sdoc[i - 1]):
                i -= 1
            elif i > 1 and hyphened(i - 2) and joins(sdoc[i - 2]):
                i -= 2  # "Saxony-Anhalt"
            else:
                break
        grew_right = False
        while True:
            if j + 1 < len(sdoc) and sdoc[j].whitespace_ and joins(sdoc[j + 1]):
                j += 1
                grew_right = True  # another word: "Connecticut Lottery"
            elif j + 2 < len(sdoc) and hyphened(j) and joins(sdoc[j + 2]):
                j += 2  # the same name: "Saxony-Anhalt"
            else:
                break
        if (i, j) == before:
            continue
        taken.update(range(i, j + 1))
        old_end = ann.end
        ann.start, ann.end = sdoc[i].idx, sdoc[j].idx + len(sdoc[j].text)
        ann.text = text[ann.start:ann.end]
        head = _head_label(ann.text.split())
        added = lookup(text[old_end:ann.end].strip()) if grew_right else None
        if head is not None:
            ann.label = head
        elif ann.label == "NORP" and added is not None and added.label == "GPE":
            ann.label = "GPE"  # "French Sudan", "Nazi Germany": a nationality before a state
        elif grew_right and ann.label in ("GPE", "LOC", "NORP") and lookup(ann.text) is None:
            ann.label = "ORG"
    return anns


# A lowercase kind of place after its name belongs to it and says what it is: "the Huallaga
# river", "Cosham railway station" (a known name stays as it is known: "Cape Verde"); "upon",
# "am" join the two parts of one town ("Newcastle upon Tyne", "Frankfurt am Main").
_PLACE_KIND_AFTER = re.compile(
    r" (?:river|rivers|islands?|lake|mountains?|valley|peninsula|bay|strait|desert|delta|"
    r"(?:railway |train |metro |bus )?station)\b(?![-\w])"
    # ... ending the noun phrase: not "the Confederate river fleet", "a Ford station wagon"
    r"(?=\s*(?:[^\w\s]|$)|\s+(?:of|in|on|at|for|with|was|is|were|are|has|had|and|or|to|from|"
    r"by|that|which|where|near|flows|runs|rises)\b)")
_TOWN_JOINS = (" upon ", " am ", " an der ")  # not " on ": "the influence of France on Russia"


def _place_kind_after(text: str, anns: list[Annotation]) -> list[Annotation]:
    out: list[Annotation] = []
    for ann in anns:
        prev = out[-1] if out else None
        if prev is not None and prev.label in ("GPE", "LOC") and ann.label in ("GPE", "LOC") \
                and text[prev.end:ann.start] in _TOWN_JOINS and " " not in ann.text \
                and lookup(prev.text) is None and lookup(ann.text) is None:
            merged = make_entity(text, prev.start, ann.end, prev.label, prev.source)
            if merged is not None:
                out[-1] = merged
                continue
        m = _PLACE_KIND_AFTER.match(text, ann.end) if ann.source in ("spacy", "rules") and \
            ann.label in ("GPE", "LOC", "FAC", "ORG", "NORP", "PERSON") and \
            not ann.text.isupper() else None  # not "an RAF station"
        if m is not None and lookup(ann.text) is None and \
                not any(a.start < m.end() and ann.end < a.end for a in anns):
            # the kind says what the name is, whatever the model guessed ("Mandovi" NORP)
            label = "FAC" if m.group().endswith("station") else "LOC"
            grown = make_entity(text, ann.start, m.end(), label, "rules")
            if grown is not None:
                ann = grown
        out.append(ann)
    return out


def _adjacent_names(text: str, anns: list[Annotation]) -> list[Annotation]:
    """Two of the model's entities side by side that make one name: a nationality before a
    state ("Nazi Germany", "French Sudan") is that state; a single word before a person
    ("Agnieszka" + "Lipska Baranowska") is the person's first name. A title opening a person's
    span ("Colonel S S C Dolby", "Dr Harthoorn") makes it a person, the title left out."""
    out: list[Annotation] = []
    for ann in anns:
        prev = out[-1] if out else None
        if prev is not None and ann.source == prev.source == "spacy" and \
                text[prev.end:ann.start] == " " and (
                (prev.label == "NORP" and ann.label == "GPE")
                or (ann.label == "PERSON" and prev.label != "NORP" and " " not in prev.text
                    and prev.text.casefold().rstrip(".") not in _ROLE_WORDS)):
            merged = make_entity(text, prev.start, ann.end, ann.label, "spacy")
            if merged is not None:
                out[-1] = merged
                continue
        out.append(ann)
    for ann in out:
        words = ann.text.split()
        if ann.source == "spacy" and len(words) >= (3 if ann.label == "PERSON" else 2) and \
                (words[0].casefold().rstrip(".") in _PERSON_TITLES - {"saint", "st."} or (
                    words[0].casefold() in _OCCUPATIONS and len(words) >= 3 and (
                        _surname_shaped(words[-1]) or _is_common_given(words[1])))) and \
                _is_name_shaped(words[1:]) and _head_label(words) is None and not any(
                    w.casefold() in _ORG_HEADS | _EVENT_HEADS for w in words[1:]):
            # ("Major League Baseball": a rank before an organisation's word is no title)
            ann.start += len(ann.text) - len(ann.text[len(words[0]):].lstrip())
            ann.text, ann.label = text[ann.start:ann.end], "PERSON"
    return out


def _relabel_person(ann: Annotation, text: str | None = None) -> bool:
    """May context make this span a person? The model's single-word or short name-shaped span
    of another scored kind, which names no known place and ends in no organisation word, and
    (given the text) has no article before it: "The Weimar Republic (1918–1933)" is a state."""
    words = ann.text.split()
    return (ann.source == "spacy" and ann.label in ("ORG", "GPE", "LOC") and 1 <= len(words) <= 3
            and _is_name_shaped(words) and not ann.text.isupper()
            and _head_label(words) is None and lookup(ann.text) is None
            and ann.text not in _regions()
            and (text is None or not _ARTICLE_BEFORE.search(text, max(0, ann.start - 8),
                                                            ann.start)))


# Relations only a person has, after a possessive: "Marbeck's brother", "Ostrand's first
# teacher", "Velloni's poem". (Not "career" or "life": bands and teams have those too.)
_KIN = re.compile(
    r"^(?:'s|’s|'|’)\s+(?:(?:first|late|younger|elder|older|eldest|youngest|only|former|"
    r"future|own|new|second|two|three)\s+)?"
    r"(?:brothers?|sisters?|sons?|daughters?|wife|husband|widow|father|mother|parents|"
    r"grandfather|grandmother|grandson|granddaughter|uncle|aunt|nephew|niece|cousin|"
    r"fianc[ée]e?|lover|girlfriend|boyfriend|spouse|children|siblings?|teachers?|mentor|"
    r"birth|funeral|childhood|poems?|novels?)\b")


# A person's dates right after the name: "Charlie Gaudion (born April 14, 1904)",
# "Emanuel Bunzel born 1828", "Otto Keller (1851–1920)".
# (in brackets or after a comma; bare only "born" and a date: "Emanuel Bunzel born 1828", not
# "the general who took Vicksburg died")
_BORN_DIED = re.compile(r"^(?:,?\s*\(\s*|,\s*)(?:born|b\.|died|d\.)\s+[\w(]"
                        r"|^\s+born\s+(?:in\s+|on\s+)?\d")
# A span of years after a full name the model took for an organisation ("Hartwig Essel
# (1851–1920)"); after a state's name the same form gives its years ("Rhodesia (1965–1979)").
_LIFE_YEARS = re.compile(r"^\s*\(\s*(?:c\.\s*)?\d{3,4}\s*[-–—]+\s*(?:c\.\s*)?\d{3,4}\s*\)")
# Kin named after the kin word: "his brother, Shannon", "Luigi's sons Guido, Henrique and José".
_KIN_BEFORE = re.compile(
    r"\b(?:brothers?|sisters?|sons?|daughters?|wife|husband|widow|father|mother|uncle|aunt|"
    r"nephew|niece|cousin|grandson|granddaughter),?\s+$")


def _people_by_kin(text: str, anns: list[Annotation]) -> list[Annotation]:
    listed = False  # inside a list of kin: "sons Guido, Henrique and José"
    prev_end = -1
    for ann in anns:
        after = text[ann.end:ann.end + 40]
        if _relabel_person(ann, text) and (_BORN_DIED.match(after) or (
                after[:1] in ("'", "’") and _KIN.match(after)) or (
                _LIFE_YEARS.match(after) and ann.label == "ORG" and " " in ann.text)):
            ann.label = "PERSON"
        gap = text[prev_end:ann.start] if prev_end >= 0 else None
        listed = bool(_KIN_BEFORE.search(text[max(0, ann.start - 24):ann.start])) or (
            listed and gap in (", ", " and ", ", and "))
        if listed and ann.label != "PERSON" and _relabel_person(ann, text):
            ann.label = "PERSON"
        prev_end = ann.end
    return anns


# ... or a plural one with "such as": "drummers such as Kelloway".
_LOWER_WORD_BEFORE = re.compile(r"(?:^|[^\w-])([a-z]+?)(?:s,?\s+(?:such\s+as|including))?\s$")


def _people_by_role(text: str, anns: list[Annotation]) -> list[Annotation]:
    for ann in anns:
        if ann.start < 3 or text[ann.start - 1] != " " or not _relabel_person(ann):
            continue
        m = _LOWER_WORD_BEFORE.search(text[max(0, ann.start - 36):ann.start])
        if m and m.group(1) in _OCCUPATIONS:
            ann.label = "PERSON"
    return anns


# A quoted nickname between the given names and the surname: 'William Herbert "Buckshot" May',
# 'Margaret "Peggy" Whitcombe'. The nickname is one or two capitalised words, not a title
# ('Ernest Hemingway "The Killers" Scribner's', 'Bob Dylan "Like a Rolling Stone"'), and the
# surname one word that ends the name (not 'Houghton Mifflin' after a book title).
_NICK = r"[\"“‘'](?!(?:The|A|An|In|On|Of|And|To|For)\b)[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?[\"”’']"
_NICKNAME = re.compile(rf" {_NICK} ([A-Z][\w-]*)(?![\w'’-]| [A-Z])")
_BEFORE_NICKNAME = re.compile(rf"(?<![\w'’-])((?:[A-Z][\w'’-]+ ){{1,3}}){_NICK} $")
# Words that open a sentence or a phrase, not a given name: 'In "Mein Kampf" Hitler wrote'.
_NOT_GIVEN = {"in", "on", "at", "of", "by", "for", "from", "with", "after", "before", "during",
              "when", "while", "as", "the", "a", "an", "and", "but", "his", "her", "their", "its",
              "then", "later", "since", "until", "photograph", "caption", "source", "see"}
# "Helen Garrity (née Whitlow)": the maiden name of the person just named.
_MAIDEN_NAME = re.compile(r"^\s*[(,]\s*(?:née|nee)\s+$")


def _nicknames(text: str, anns: list[Annotation]) -> list[Annotation]:
    """A person named with a quoted nickname is one person, nickname and surname included
    (the model stops at the quote, or takes the surname for something else)."""
    out: list[Annotation] = []
    skip_to = -1
    for k, ann in enumerate(anns):
        if ann.start < skip_to:
            continue
        prev = out[-1] if out else None
        if ann.label != "PERSON" and prev is not None and prev.label == "PERSON" and \
                _MAIDEN_NAME.match(text[prev.end:ann.start]) and _relabel_person(ann):
            ann.label = "PERSON"  # not "Harare (née Salisbury)": a city renamed
        # the model may stop inside the quotes: 'William Herbert "Buckshot'
        quote = max(ann.text.rfind(' "'), ann.text.rfind(" “"))
        at = ann.start + quote if quote > 0 and ann.text.count('"') + ann.text.count("“") == 1 \
            else ann.end
        m = _NICKNAME.match(text, at)
        words = text[ann.start:at].split()
        before = _BEFORE_NICKNAME.search(text, max(0, ann.start - 80), ann.start)
        if ann.label == "PERSON" and ann.source == "spacy" and before is not None and \
                len(ann.text.split()) <= 2 and (prev is None or prev.end <= before.start(1)) and \
                before.group(1).split()[0].casefold() not in _NOT_GIVEN and \
                lookup(before.group(1).strip()) is None:
            # the model found the surname only: 'Margaret "Peggy" [Aldous Whitcombe]'
            whole = make_entity(text, before.start(1), ann.end, "PERSON", "spacy")
            if whole is not None:
                out.append(whole)
                continue
        nxt = anns[k + 1] if k + 1 < len(anns) else None
        if m is not None and len(words) > 1 and " " in text[m.start():m.start(1)].strip():
            m = None  # 'Arthur Rackham "Peter Pan" Hodder': a title after a full name
        if m is None or ann.source != "spacy" or not 1 <= len(words) <= 3 or \
                not _is_name_shaped(words) or not (ann.label == "PERSON" or _is_given(words[0])) \
                or lookup(m.group(1)) is not None or (
                    nxt is not None and nxt.start == m.start(1) and " " in nxt.text):
            out.append(ann)
            continue
        whole = make_entity(text, ann.start, m.end(), "PERSON", "spacy")
        if whole is None:
            out.append(ann)
            continue
        out.append(whole)
        skip_to = whole.end  # and no piece of it stays: 'Red" Garrity'
    return out


def _lists_of_people(text: str, anns: list[Annotation]) -> list[Annotation]:
    """A list of names that are mostly people is a list of people: "hosted by Sattler, Maumill,
    Mabury, Peter Newman, Gary Carvolth and Brad Hardie"."""
    runs: list[list[Annotation]] = []
    for ann in anns:
        if runs and text[runs[-1][-1].end:ann.start] in (", ", " and ", ", and ", " & "):
            runs[-1].append(ann)
        else:
            runs.append([ann])
    for run in runs:
        # the evidence is full names ("Peter Newman"): a single word the model calls a person
        # may be its mistake about a town ("Hamilton, Guelph, Brantford, Galt and Kitchener")
        full = sum(a.label == "PERSON" and " " in a.text for a in run)
        people = sum(a.label == "PERSON" for a in run)
        if len(run) >= 3 and people * 2 > len(run) and full >= 2:
            for ann in run:
                if ann.label != "PERSON" and _relabel_person(ann, text):
                    ann.label = "PERSON"
    return anns


# What only people do, said of the sentence's subject: "Guido died in 1955", "May was born
# in Baker", "Cavallaro married twice".
# ("retire" and "resign" are said of aircraft and governments too.)
_PERSON_VERBS = {"die", "marry", "bear", "graduate", "divorce"}
_PERSON_VERB_CUE = re.compile(r"\b(?:die[ds]?|dying|marr(?:y|ie[ds]|ying)|born|graduat|divorc)",
                              re.I)


def _people_by_verb(sdoc, text: str, anns: list[Annotation]) -> list[Annotation]:
    """(The pipeline runs no parser: the subject is the proper noun run right before the verb.)"""
    if not _PERSON_VERB_CUE.search(text):
        return anns
    for verb in sdoc:
        if verb.pos_ != "VERB" or verb.lemma_ not in _PERSON_VERBS or verb.i == 0:
            continue
        k = verb.i - 1
        if verb.lemma_ == "bear":  # "was born"; "bore" a load is no birth
            if verb.lower_ != "born" or sdoc[k].lower_ not in ("was", "is", "were"):
                continue
            k -= 1
        j = k
        while j >= 0 and k - j < 3 and sdoc[j].text[:1].isupper() and \
                sdoc[j].lower_.rstrip(".") not in _ROLE_WORDS and (
                sdoc[j].pos_ == "PROPN" or (j < k and sdoc[j].pos_ in ("NOUN", "ADJ"))):
            j -= 1  # a given name the tagger took for a noun: "Carmen Cavallaro"
        if j == k or sdoc[k].pos_ != "PROPN" or (j >= 0 and not (
                sdoc[j].is_punct or sdoc[j].pos_ in ("CCONJ", "SCONJ")
                or sdoc[j + 1].is_sent_start)):
            continue  # the subject opens its clause: not "the general who took Vicksburg died"
        start, end = sdoc[j + 1].idx, sdoc[k].idx + len(sdoc[k].text)
        covering = [a for a in anns if a.start < end and start < a.end]
        if covering:
            for ann in covering:
                if ann.label != "PERSON" and ann.end == end and _relabel_person(ann, text):
                    ann.label = "PERSON"
            continue
        words = text[start:end].split()
        if not _is_name_shaped(words) or lookup(text[start:end]) is not None or \
                _head_label(words) is not None or text[start:end] in _regions():
            continue
        ann = make_entity(text, start, end, "PERSON", "rules")
        if ann is not None:
            anns.append(ann)
    anns.sort(key=lambda a: a.start)
    return anns


# Where one goes to is a place: "fled again to Abra", "the line was extended to Harrison",
# "leads south to Hilsea", "the road to Tarnów". Only after a verb of motion or a way right before
# "to" (not "wrote to Harrison", "sent a letter to Harrison"); "go", "come", "lead" and the like
# only with a compass word or a way as their subject ("the title went to Kowalski", "fame came
# to Hemingway", "the evidence led to Rosenberg" are people); not a career move ("returned to
# Ford as vice-president", "moved to Juventus for a fee"). So is a one-word "organisation" where
# fighting or settling happens: "a skirmish at Williamsport", "the camp near Tayshet".
_MOTION_VERBS = {"go", "come", "return", "move", "travel", "flee", "sail", "march", "retreat",
                 "advance", "emigrate", "immigrate", "relocate", "extend", "lead", "head",
                 "drive", "fly", "walk", "ride", "journey", "proceed", "deport", "evacuate",
                 "exile", "banish", "transport", "withdraw", "escape", "commute", "steam",
                 "branch", "continue", "arrive", "get", "migrate", "run"}
_AMBIGUOUS_MOTION = {"go", "come", "get", "run", "lead", "escape"}
# In the passive, things are "returned to Smith"; people and lines are moved to places.
_MOVED_PEOPLE = {"deport", "evacuate", "exile", "banish", "transport", "extend", "relocate"}
_WAYS = {"road", "route", "line", "railway", "railroad", "train", "trains", "branch", "branches",
         "journey", "trip", "voyage", "expedition", "flight", "march", "retreat", "deportation",
         "evacuation", "extension", "way", "ferry", "highway", "canal", "pipeline", "trail",
         "path", "street", "track", "river"}
_COMPASS = {"north", "south", "east", "west", "northward", "southward", "eastward", "westward",
            "northwards", "southwards", "eastwards", "westwards"}
_ON_THE_WAY = _COMPASS | {"back", "again", "down", "up", "on", "off", "away", "home",
                          "directly", "later", "then", "finally"}
_CAREER_AFTER = re.compile(r"[^.;]*?\b(?:as\s+(?:an?\s+|the\s+)?[a-z-]+|season|fee|contract|"
                           r"loan|scholarship|albums?|signed|recorded)\b")
_POSSESSIVE_AFTER = re.compile(r"'s|’s")
_FIGHTING_OR_SETTLING = {
    "skirmish", "battle", "action", "landing", "landings", "siege", "engagement", "raid",
    "attack", "fighting", "victory", "defeat", "massacre", "garrison", "fort", "camp",
    "offensive", "ambush", "surrender", "evacuation", "retreat", "wound", "kill", "die", "bury",
    "land", "fight", "capture", "bear", "station", "base", "clash", "stand", "village", "town",
    "house", "farm", "store", "plant", "mine", "port", "harbour", "harbor", "settle", "live",
    "reside", "encamp", "halt", "stop", "anchor", "arrive"}
_FINITE = ("VBD", "VBZ", "VBP", "MD")
# Verbs whose object is a place: one invades, annexes, occupies or borders a country or a town
# (not "captured", "visited": people are captured and visited too).
_PLACE_OBJECT_VERBS = {"invade", "annex", "occupy", "border", "bomb", "besiege", "shell",
                       "garrison", "fortify", "colonize", "colonise", "raze", "overrun"}
# Where a place lies between two others: "is between Caernarfon and Dinas", "runs between".
_LYING = {"be", "lie", "locate", "situate", "stand", "sit", "stretch", "run", "ply"}


def _is_census_surname(word: str) -> bool:
    from powtext.entities.names import is_surname

    return is_surname(word)


def _known_place_before(text: str, anns: list[Annotation], ann: Annotation) -> Annotation | None:
    """The name listed right before `ann`, if the gazetteer or CLDR knows it as a place."""
    before = [a for a in anns if a.end <= ann.start]
    if not before:
        return None
    prev = before[-1]
    known = lookup(prev.text)
    return prev if known is not None and known.label in ("GPE", "LOC") else None


def _places_by_motion(sdoc, text: str, anns: list[Annotation]) -> list[Annotation]:
    previous: Annotation | None = None  # the last place found, to take the names listed after it
    for ann in anns:
        if ann.label not in ("PERSON", "ORG") or ann.source != "spacy":
            continue
        words = ann.text.split()
        i = _token_index(sdoc, ann.start)
        if i == len(sdoc) or sdoc[i].idx != ann.start or \
                not 1 <= len(words) <= 3 or not _is_name_shaped(words) or ann.text.isupper() \
                or _head_label(words) is not None or (len(words) > 1 and _is_given(words[0])):
            continue
        known = lookup(ann.text)
        if known is not None and known.label not in ("GPE", "LOC"):
            continue
        after = [t for t in sdoc[i:i + 8] if t.idx >= ann.end][:1]
        if previous is None and len(words) == 1 and not _is_common_given(ann.text) and (
                ann.label == "ORG" or not _is_census_surname(ann.text)):
            # "Senlis, Oise, Picardie" (not "Japan and Tojo": a person's surname stays one)
            previous = _known_place_before(text, anns, ann)
        if previous is not None and text[previous.end:ann.start] in (" and ", ", ", ", and "):
            if not (after and after[0].tag_ in _FINITE):  # not "to Harrison and Smith followed"
                ann.label, previous = "GPE", ann  # "east to Bedhampton and Havant"
            continue
        if _POSSESSIVE_AFTER.match(text, ann.end) or (len(words) > 1 and any(
                lookup(w) is not None or w in _regions() for w in words)):
            continue  # "to Novak's farm"; a club named by its town: "Spartak Moscow"
        if ann.label == "ORG" and len(words) == 1 and i >= 1 and sdoc[i - 1].lower_ in (
                "at", "near"):
            # (not "in": "in Cryptonomicon" is more often a work; not "worked at Bayer")
            if any(t.lemma_.lower() in _FIGHTING_OR_SETTLING for t in sdoc[max(0, i - 3):i - 1]):
                ann.label, previous = "GPE", ann
            continue
        if i >= 1 and sdoc[i - 1].pos_ == "VERB" and sdoc[i - 1].lemma_ in _PLACE_OBJECT_VERBS:
            ann.label, previous = "GPE", ann  # "invaded Kessland", "borders Alexandria"
            continue
        if i >= 2 and sdoc[i - 1].lower_ == "between" and (
                sdoc[i - 2].lemma_ in _LYING or sdoc[i - 2].lower_ in _WAYS):
            ann.label, previous = "GPE", ann  # "lies between Caernarfon and Dinas"
            continue
        if i < 2 or sdoc[i - 1].lower_ != "to":
            continue
        k = i - 2
        while k > 0 and sdoc[k].lower_ in _ON_THE_WAY:
            k -= 1
        cue = sdoc[k]
        motion = cue.pos_ in ("VERB", "AUX") and cue.lemma_ in _MOTION_VERBS
        # a compass word with a verb of motion, or continuing one: "... and east to Havant"
        compass = (motion or cue.pos_ == "CCONJ" or cue.text == ",") and any(
            t.lower_ in _COMPASS for t in sdoc[k:i - 1])
        if cue.lemma_ == "lead" and after and after[0].tag_ == "VBG":
            continue  # "led to Bailey writing a second story": a cause, not a way
        if motion and cue.lemma_ in _AMBIGUOUS_MOTION and not compass and not any(
                t.pos_ == "NOUN" and t.lemma_ in _WAYS for t in sdoc[max(0, k - 3):k]):
            continue
        if motion and cue.lemma_ in ("move", "return", "go", "come") and (
                ann.label == "ORG" or _CAREER_AFTER.match(text, ann.end)):
            continue  # what the model calls an organisation one moves to is one: "moved to Decca"
        passive = cue.tag_ == "VBN" and k > 0 and sdoc[k - 1].lemma_ == "be"
        if (motion and (not passive or cue.lemma_ in _MOVED_PEOPLE)) or compass or \
                (cue.lower_ in _WAYS and cue.pos_ == "NOUN"):
            ann.label, previous = "GPE", ann
    return anns


# Japanese names in Hepburn romanization: a person's two names ("Ryūzō Sejima", "Hata
# Hikosaburō"), which the small model often takes for a firm, unless the last word is what
# Japanese firms and bodies are called ("Mitsubishi Shōji", "Iwanami Shoten", "Asahi Shimbun")
# or a ship's "Maru".
_SYLLABLE = r"(?:(?:[kgsztdnhbpmrfjw]|ky|gy|sh|ch|ts|ny|hy|by|py|my|ry)?[aiueoāīūēōâîûêô]|n)"
_ROMAJI = re.compile(rf"(?:{_SYLLABLE}|(?:kk|ss|tt|pp|tch)(?=[aiueoāīūēōâîûêô]))+", re.I)
_JAPANESE_BODIES = {  # written without long-vowel marks: "Shōji" is looked up as "shoji"
    "shoten", "shoji", "shimbun", "shinbun", "ginko", "kaisha", "kogyo", "sangyo", "denki",
    "denko", "seisakusho", "zaibatsu", "gumi", "tsushin", "hoso", "tetsudo", "takushoku",
    "seimei", "kaijo", "jukogyo", "zosen", "shuppan", "shinsha", "kenkyujo", "daigaku", "gakko",
    "kyokai", "rengo", "kumiai", "butai", "shinpo", "nippo", "jiho", "kotsu", "gakuin", "kikan",
    "kyoku", "sho", "kai", "to", "jinja", "jingu", "ji", "dera"}
_PLAIN_VOWELS = str.maketrans("āīūēōâîûêô", "aiueoaiueo")


_MARU = re.compile(r"(?<![\w'’-])(?!(?:The|A|An|This|That) )[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
                   r" Maru(?![\w'’-])")


def _japanese_names(text: str, anns: list[Annotation]) -> list[Annotation]:
    for m in _MARU.finditer(text) if " Maru" in text else ():
        if not _overlaps(m.start(), m.end(), anns):
            ship = make_entity(text, m.start(), m.end(), "PRODUCT", "rules")
            if ship is not None:  # "The Takasago Maru carried 2,000 men"
                anns = sorted([*anns, ship], key=lambda a: a.start)
    for ann in anns:
        words = ann.text.split()
        if ann.source != "spacy" or len(words) != 2 or not all(
                w[:1].isupper() and _ROMAJI.fullmatch(w) for w in words) or \
                lookup(ann.text) is not None:
            continue
        if words[-1].casefold() == "maru":
            ann.label = "PRODUCT"  # a ship: "Kōan Maru", "Takasago Maru"
        elif words[-1].casefold().translate(_PLAIN_VOWELS) in _JAPANESE_BODIES:
            if ann.label == "PERSON":
                ann.label = "ORG"  # "Mitsubishi Shōji", "Iwanami Shoten"
        elif ann.label in ("ORG", "GPE", "NORP", "FAC", "PRODUCT") and \
                re.search("[āīūēōâîûêô]", ann.text) and \
                not any(lookup(w) is not None for w in words):
            ann.label = "PERSON"  # "Ryūzō Sejima": the long vowels of a romanized name
    return anns


# A Russian surname the small model took for a place or a firm ("Karpov counted", "Kuznetsov
# wrote"): spelled back in Cyrillic, the Russian dictionary (pymorphy3) knows it as a surname
# and not as a place ("Saratov", "Tambov" are places there).
_RUSSIAN_SURNAME_ENDING = re.compile(r"(?:ov|ev|yov|in|yn|sky|skiy|skii|enko|ovich|evich|"
                                     r"ova|eva|ina|skaya)$")


def _russian_surnames(anns: list[Annotation]) -> list[Annotation]:
    for ann in anns:
        if ann.label not in ("GPE", "LOC", "ORG", "NORP") or ann.source != "spacy" or \
                " " in ann.text or not ann.text.isascii() or not ann.text.istitle() or \
                not _RUSSIAN_SURNAME_ENDING.search(ann.text) or lookup(ann.text) is not None \
                or ann.text in _regions():
            continue
        if _russian_dictionary_says(ann.text) == "Surn":
            ann.label = "PERSON"
    return anns


@lru_cache(maxsize=4096)
def _russian_dictionary_says(word: str) -> str | None:
    """"Surn" when pymorphy3's best reading of the word spelled in Cyrillic is a surname and
    none is a place; "Geox" when one is a place."""
    from powtext.entities.translit import latin_to_cyrillic
    from powtext.extract.tables import _morph

    cyrillic, morph = latin_to_cyrillic(word), _morph()
    if cyrillic is None or morph is None:
        return None
    # (the grammemes as plain strings: `"Geox" in tag` checks the name against the tag class's
    # grammeme set, which the Ukrainian dictionary replaces when it loads)
    parses = morph.parse(cyrillic)
    if any("Geox" in p.tag.grammemes for p in parses):
        return "Geox"
    return "Surn" if parses and "Surn" in parses[0].tag.grammemes else None


_SCORED = ("PERSON", "ORG", "GPE", "LOC", "FAC")
_NUMBERED_UNIT = re.compile(r"(\d{1,4}(?:st|nd|rd|th))\s+[A-Z]")
_SHORT_UNIT = re.compile(r"(?<![\w-])[Tt]he\s+(\d{1,4}(?:st|nd|rd|th))(?![\w-])"
                         r"(?!\s+(?:[A-Z]|of\s+[A-Z]|century|centuries|anniversary|day|year))")


def numbered_units(anns: list[Annotation]) -> frozenset[str]:
    """The ordinals that open a document's organisations: "139th" of "139th New York Volunteer
    Infantry Regiment", "65th" of "65th Air Division"."""
    return frozenset(m.group(1) for a in anns if a.label == "ORG"
                     and (m := _NUMBERED_UNIT.match(a.text)))


def short_unit_names(text: str, ordinals: frozenset[str],
                     anns: list[Annotation]) -> list[Annotation]:
    """"The 139th fought at Cold Harbor": a unit named in full elsewhere in the document,
    called by its number alone (a day of the month takes a month, "on the 19th" a preposition
    the dates stage reads)."""
    out = []
    for m in _SHORT_UNIT.finditer(text):
        if m.group(1) not in ordinals or _overlaps(m.start(1), m.end(1), anns) or re.search(
                r"(?:\b(?:on|by|until|till|from|since|before|after)\s+)$",
                text[max(0, m.start() - 8):m.start()], re.I):
            continue
        ann = make_entity(text, m.start(1), m.end(1), "ORG", "rules")
        if ann is not None:
            out.append(ann)
    return out


def one_sense_per_document(anns: list[Annotation]) -> None:
    """The same name means the same thing throughout a document (one sense per discourse):
    across its segments, the surname of a person named in full is that person ("George F.
    Hauser" in one paragraph, "Hauser" in the next), and a name the model labels differently
    in different places takes the label it has in most of them. Only the model's labels
    change: the gazetteer's and CLDR's stand, and so do ties."""
    model = [a for a in anns if a.source == "spacy" and a.label in _SCORED
             and lookup(a.text) is None]
    by_text: dict[str, list[Annotation]] = {}
    for ann in model:
        by_text.setdefault(ann.text, []).append(ann)
    surnames = {a.text.split()[-1] for a in anns if a.label == "PERSON" and " " in a.text}
    for name in surnames & by_text.keys():
        if " " not in name and not _named_after(by_text[name]):
            for ann in by_text[name]:
                ann.label = "PERSON"
    for same in by_text.values():
        counts: dict[str, int] = {}
        for ann in same:
            counts[ann.label] = counts.get(ann.label, 0) + 1
        label, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if len(counts) > 1 and n * 2 > len(same):
            for ann in same:
                ann.label = label


def _named_after(same: list[Annotation]) -> bool:
    """Mentions of a surname that the model calls the same other thing at least twice, and
    never a person: a firm or a place named after the person ("William Boeing" ... "Boeing
    builds aircraft ... Boeing employs"), not the person again."""
    labels = {a.label for a in same}
    return len(same) >= 2 and len(labels) == 1 and "PERSON" not in labels

