"""English families: encyclopedia, history-book, newspaper, finding-aid and bibliography prose.

Part of the prose probe (bench.probes.prose): build(R) appends this language's cases to
prose_core.CASES, drawing from the random generator R; expected values are written by hand.
"""

from __future__ import annotations

import datetime as dt

from .prose_core import ANY, ND, OD, REL, D, F, L, N, Z, case
from .prose_core import R as RG

K = 1.6  # how many random cases per family: the listed count times K

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
         "Dec."]
ARMIES = ["the Red Army", "German forces", "the Japanese army", "British troops", "the Wehrmacht",
          "American forces", "the rebels", "Napoleon's army", "the Austrian garrison",
          "Union troops", "Confederate forces", "the Ottoman army", "Polish cavalry",
          "the Kwantung Army", "Italian divisions"]
PLACES = ["Warsaw", "Kiev", "Manila", "Nanking", "Smolensk", "Antwerp", "Gettysburg",
          "Sevastopol", "Port Arthur", "Mukden", "Leipzig", "Verdun", "Kursk", "Okinawa", "Riga",
          "Lemberg", "Mosul", "Gallipoli", "Harbin", "Tobruk", "Narva", "Vilna"]
VERBS = ["captured", "entered", "besieged", "abandoned", "evacuated", "bombarded", "reached",
         "occupied", "liberated", "stormed"]
NAMES = ["John Marlow", "Thomas Keane", "Ivan Petrov", "Hans Weber", "Kenji Sato", "Pierre Morel",
         "Anna Lindqvist", "Józef Nowak", "Mary Ellis", "Giovanni Rossi", "Henrik Dahl",
         "Olga Sokolova", "Arthur Pembroke", "Heinrich Vogel"]
JOBS = ["a British diplomat", "a Russian historian", "a German general", "a Japanese admiral",
        "an American economist", "a French painter", "a Polish poet", "an Italian architect",
        "a Swedish industrialist", "a Soviet engineer"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty-first"}
NOUNS_PEOPLE = ["men", "soldiers", "prisoners", "refugees", "workers", "civilians", "people",
                "troops", "deportees", "peasants"]


def suf(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def rdate(R, a=1700, b=1999):
    y = R.randint(a, b)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return dt.date(y, m, d)


def money(R):
    n = R.choice([1.2, 2.5, 3.5, 4.8, 12, 35, 150, 7.25, 0.8])
    return n


def build(R):
    P = lambda: R.choice(PLACES)  # noqa: E731
    A = lambda: R.choice(ARMIES)  # noqa: E731
    V = lambda: R.choice(VERBS)  # noqa: E731

    # ---- 1. dates in narrative prose --------------------------------------------------------
    for _ in range(int(40 * K)):
        d = rdate(R)
        form = R.randrange(8)
        if form == 0:
            s = f"{d.day} {MONTHS[d.month-1]} {d.year}"
            case("en", "en date: On D Month YYYY", "On ", D(s, d.isoformat(), "day"),
                 f", {A()} {V()} {P()}.")
        elif form == 1:
            s = f"{MONTHS[d.month-1]} {d.day}, {d.year}"
            case("en", "en date: On Month D, YYYY,", "On ", D(s, d.isoformat(), "day"),
                 f", {A()} {V()} {P()}.")
        elif form == 2:
            s = f"{MONTHS[d.month-1]} {d.year}"
            case("en", "en date: In Month YYYY", "In ", D(s, f"{d.year}-{d.month:02d}", "month"),
                 f" {A()} {V()} {P()}.")
        elif form == 3:
            s = f"{MABBR[d.month-1]} {d.day}, {d.year}"
            case("en", "en date: abbreviated month", f"{A().capitalize()} {V()} {P()} on ",
                 D(s, d.isoformat(), "day"), ".")
        elif form == 4:
            y2 = d.year + R.randint(1, 6)
            s = f"between {d.year} and {y2}"
            case("en", "en date: between Y and Y", f"{A().capitalize()} held {P()} ",
                 D(s, f"{d.year}/{y2}", "year"), ".")
        elif form == 5:
            y = d.year
            s2 = str(y + 1)[2:]
            case("en", "en date: winter of YYYY–YY", "In the winter of ",
                 D(f"{y}–{s2}", f"{y}/{y+1}", "year"), f" {A()} stayed near {P()}.")
        elif form == 6:
            d2 = d + dt.timedelta(days=1)
            if d2.month == d.month:
                s = f"{d.day}–{d2.day} {MONTHS[d.month-1]} {d.year}"
                case("en", "en date: night of D–D Month YYYY", "On the night of ",
                     D(s, f"{d.isoformat()}/{d2.isoformat()}", "day"),
                     f" {A()} {V()} {P()}.")
        else:
            s = f"mid-{MONTHS[d.month-1]} {d.year}"
            case("en", "en date: mid-Month YYYY", "By ", "mid-",
                 D(f"{MONTHS[d.month-1]} {d.year}", f"{d.year}-{d.month:02d}", "month"),
                 f" {A()} had {V()} {P()}.")

    # ---- 2. biographies: lives, births, deaths, reigns -------------------------------------
    for _ in range(int(45 * K)):
        n, j = R.choice(NAMES), R.choice(JOBS)
        b = rdate(R, 1600, 1920)
        dd = b + dt.timedelta(days=R.randint(30 * 365, 85 * 365))
        form = R.randrange(9)
        if form == 0:
            case("en", "en life: (YYYY–YYYY)", f"{n} (", D(f"{b.year}–{dd.year}",
                 f"{b.year}/{dd.year}", "year"), f") was {j}.")
        elif form == 1:
            s = f"{b.day} {MONTHS[b.month-1]} {b.year} – {dd.day} {MONTHS[dd.month-1]} {dd.year}"
            case("en", "en life: (D Month YYYY – D Month YYYY)", f"{n} (",
                 D(s, f"{b.isoformat()}/{dd.isoformat()}", "day"), f") was {j}.")
        elif form == 2:
            s = f"{b.year} – {dd.day} {MONTHS[dd.month-1]} {dd.year}"
            case("en", "en life: (YYYY – D Month YYYY) mixed grain", f"{n} (",
                 D(s, f"{b.year}/{dd.isoformat()}", "day"), f") was {j}.")
        elif form == 3:
            case("en", "en life: (c. YYYY – YYYY)", f"{n} (c. ",
                 D(f"{b.year} – {dd.year}", f"{b.year}/{dd.year}", "year"), f") was {j}.")
        elif form == 4:
            case("en", "en life: (born D Month YYYY)", f"{n} (born ",
                 D(f"{b.day} {MONTHS[b.month-1]} {b.year}", b.isoformat(), "day"),
                 f") is {j}.")
        elif form == 5:
            case("en", "en life: (b. YYYY) ... died in YYYY", f"{n} (b. ",
                 D(str(b.year), str(b.year), "year"), f") was {j}; he died in ",
                 D(str(dd.year), str(dd.year), "year"), ".")
        elif form == 6:
            r1 = b.year + R.randint(15, 30)
            r2 = r1 + R.randint(3, 30)
            king = R.choice(["Louis", "Charles", "Henry", "Frederick", "Gustav", "Ivan", "Peter"])
            rn = R.choice(["II", "III", "IV", "VI", "IX", "XII", "XIV", "XV"])
            case("en", "en life: King N (r. YYYY–YYYY)", f"{king} ", L(rn, ok=[roman(rn)]),
                 " (r. ", D(f"{r1}–{r2}", f"{r1}/{r2}", "year"), ") ruled for a long time.")
        elif form == 7:
            r1 = b.year + R.randint(15, 30)
            r2 = r1 + R.randint(3, 30)
            if r1 // 100 == r2 // 100 and r2 % 100 > r1 % 100:
                case("en", "en life: (r. YYYY–YY) elided", f"{n} (r. ",
                     D(f"{r1}–{r2 % 100:02d}", f"{r1}/{r2}", "year"), f") was {j}.")
        else:
            case("en", "en life: fl. YYYY", f"{n} (fl. ", D(f"{b.year}", str(b.year), "year"),
                 f") was {j}.")

    # ---- 3. wars with elided second year -----------------------------------------------------
    wars = [("the Russo-Japanese War", 1904, 1905), ("the Thirty Years' War", 1618, 1648),
            ("the Crimean War", 1853, 1856), ("the Winter War", 1939, 1940),
            ("the Korean War", 1950, 1953), ("the Boer War", 1899, 1902),
            ("the Franco-Prussian War", 1870, 1871), ("the Russo-Turkish War", 1877, 1878),
            ("the Irish Civil War", 1922, 1923), ("the Chaco War", 1932, 1935)]
    for w, a, b in wars:
        ww = w
        if "Thirty" in w:
            ww = "the Thirty Years' War"
        if a // 100 == b // 100:
            case("en", "en war: War (YYYY–YY)", F(ww.capitalize()), " (",
                 D(f"{a}–{str(b)[2:]}", f"{a}/{b}", "year"), ") changed the region.",
                 flag=None)
        case("en", "en war: War of YYYY–YYYY", "During ", F(ww), " of ",
             D(f"{a}–{b}", f"{a}/{b}", "year"), " the city was occupied twice.")
    # ---- 4. times next to dates (times are out of scope: literal figures only) ---------------
    for _ in range(int(30 * K)):
        d = rdate(R, 1900, 1990)
        hh, mm = R.randint(0, 23), R.choice([0, 15, 30, 45, 5, 48, 20])
        form = R.randrange(5)
        ds = f"{d.day} {MONTHS[d.month-1]} {d.year}"
        if form == 0:
            case("en", "en time: at HH:MM on D Month YYYY", "At ", L(f"{hh:02d}:{mm:02d}"),
                 " on ", D(ds, d.isoformat(), "day"), f" {A()} crossed the river.")
        elif form == 1:
            h12 = R.randint(1, 12)
            ap = R.choice(["a.m.", "p.m.", "am", "pm"])
            case("en", "en time: H:MM a.m.", "On ", D(ds, d.isoformat(), "day"), ", at ",
                 L(f"{h12}:{mm:02d} {ap}"), ", the bombardment began.")
        elif form == 2:
            h12 = R.randint(1, 12)
            ap = R.choice(["a.m.", "p.m.", "am", "pm"])
            case("en", "en time: H.MM pm (dotted time read as decimal)", "The meeting opened at ",
                 L(f"{h12}.{mm:02d} {ap}"), " on ", D(ds, d.isoformat(), "day"), ".")
        elif form == 3:
            case("en", "en time: HHMM hours (military)", "At ", L(f"{hh:02d}{mm:02d} hours"),
                 " the barrage began.")
        else:
            case("en", "en time: HH.MM on D Month", "The train left at ", L(f"{hh:02d}.{mm:02d}"),
                 " on ", D(f"{d.day} {MONTHS[d.month-1]}", f"XXXX-{d.month:02d}-{d.day:02d}",
                           "day"), ".")

    # ---- 5. labels: articles, sections, orders, resolutions, laws ---------------------------
    labels = [("Article ", "9", " of the Constitution renounces war."),
              ("Article ", "231", " of the Treaty of Versailles assigned guilt."),
              ("Section ", "2", " of the Act was repealed."),
              ("Paragraph ", "175", " was retained by the Federal Republic."),
              ("Order No. ", "227", " forbade any retreat."),
              ("Directive No. ", "21", " set out the plan."),
              ("Executive Order ", "9066", " authorized the removals."),
              ("Security Council Resolution ", "1441", " gave Iraq a final chance."),
              ("Resolution ", "1973", " authorised a no-fly zone over Libya."),
              ("Resolution ", "1701", " ended the fighting in Lebanon."),
              ("Resolution ", "1244", " placed Kosovo under UN administration."),
              ("Resolution ", "1325", " concerned women, peace and security."),
              ("Convention No. ", "169", " protects indigenous peoples."),
              ("Article ", "58", " of the Soviet Criminal Code covered counter-revolution."),
              ("Public Law ", "480", " financed food aid."),
              ("General Order No. ", "11", " expelled the residents."),
              ("Regulation ", "1612/68", " established free movement of workers."),
              ("Decree No. ", "1917", " was never published."),
              ("Form ", "1040", " was introduced."),
              ("Amendment ", "XIV", " guarantees equal protection."),
              ("Protocol ", "No. 6", " abolished the death penalty."),
              ("Rule ", "20", " was suspended.")]
    for pre, lab, post in labels:
        extra = [roman(lab)] if lab.isalpha() else []
        flag = "Resolution NNNN (a year-like label)" if lab in ("1441", "1973", "1701", "1244",
                                                              "1325", "1917") else None
        if "/" in lab:
            flag = "regulation number NNNN/YY"
        case("en", "en label: Article/Order/Resolution N", pre, L(lab, ok=extra, flag=flag), post)
        d = rdate(R, 1920, 2005)
        case("en", "en label + date", pre, L(lab, ok=extra, flag=flag),
             post[:-1] + " on ", D(f"{d.day} {MONTHS[d.month-1]} {d.year}", d.isoformat(), "day"),
             ".")

    # ---- 6. military formations -----------------------------------------------------------
    units = ["Division", "Infantry Division", "Army", "Battalion", "Regiment", "Cavalry",
             "Airborne Division", "Rifle Division", "Panzer Division", "Fleet", "Corps",
             "Guards Tank Army", "Squadron"]
    for _ in range(int(40 * K)):
        n = R.choice([1, 2, 3, 6, 7, 11, 21, 62, 65, 101, 139, 442, 6, 8, 17])
        u = R.choice(units)
        d = rdate(R, 1914, 1945)
        form = R.randrange(4)
        if form == 0:
            case("en", "en unit: the Nth Division + date", "The ", L(suf(n), ok=[n]),
                 f" {u} {V()} {P()} on ", D(f"{d.day} {MONTHS[d.month-1]} {d.year}",
                                            d.isoformat(), "day"), ".")
        elif form == 1:
            case("en", "en unit: No. N Squadron", "No. ", L(str(n)), f" Squadron flew from {P()}.")
        elif form == 2:
            rn = R.choice(["XXX", "XIV", "VII", "II", "XL", "LVI"])
            case("en", "en unit: Roman corps", L(rn, ok=[roman(rn)]),
                 f" Corps advanced on {P()} in ", D(f"{MONTHS[d.month-1]} {d.year}",
                                                    f"{d.year}-{d.month:02d}", "month"), ".")
        else:
            m = R.randint(2, 40) * 1000
            case("en", "en unit: Nth Army of N men", "The ", L(suf(n), ok=[n]),
                 f" {u} numbered ", N(f"{m:,}", m), " men.")

    # ---- 7. model names and hull numbers ---------------------------------------------------
    models = ["Tu-144", "MiG-15", "T-34", "Boeing 747", "B-29", "Il-2", "Yak-9", "Su-27",
              "Ju 87", "Bf 109", "Me 262", "Fw 190", "Panzer IV", "Type 97", "Ki-43", "AK-47",
              "F-86", "U-47", "PT-109", "K-19", "M1 Garand", "M4 Sherman", "Sd.Kfz. 251",
              "Bf 109G", "Bf 109G-6", "B-17G", "Fw 190A-8", "Il-2M", "Yak-9T", "T-34/85",
              "T-34-85", "KV-1", "IS-2", "P-51D", "A6M2", "Ju 88A-4", "He 111H", "Tiger II",
              "Mk IX", "Tu-95MS", "MiG-21bis", "SS-20", "R-7", "V-2", "A-4", "Me 109E",
              "Su-7B", "Boeing 707-320B", "DC-3", "C-47", "Lockheed L-1011", "Airbus A320",
              "7.62x39mm", "7.62×54mmR", "9×19mm", ".303", "Model 1911", "Mauser 98k",
              "Type 38", "Mosin–Nagant M1891", "Kar98k"]
    for m in models:
        flag = None
        tag = None
        if any(c.isalpha() for c in m.split("-")[-1][-1:]) and m[-1].isalpha():
            tag = "suffix letter"
        if "Model 1911" in m or "M1891" in m:
            flag = "model year as designation"
        case("en", "en model: aircraft/tank/ship designation", "The ",
             L(m, ok=romans_in(m), flag=flag, tag=tag), f" was used at {P()}.")
    for m in ["Bf 109G", "B-17G", "Il-2M", "T-34/85", "Yak-9T", "P-51D", "Su-7B", "He 111H",
              "Me 109E", "T-34M", "Yak-3U", "Tu-16K", "MiG-3U"]:
        d = rdate(R, 1938, 1960)
        case("en", "en model + year", "In ", D(str(d.year), str(d.year), "year"), " the ",
             L(m), " entered service.")
    # ship hull numbers and addresses
    addr = [("10 Downing Street", None), ("221B Baker Street", "house letter"),
            ("1600 Pennsylvania Avenue", "year-like house number"), ("Flat 3B", "house letter"),
            ("Building 7B", "house letter"), ("Room 101", None), ("PO Box 1945", None),
            ("42 rue de Rivoli", None), ("Platform 9", None), ("Pier 86", None),
            ("Gate 12A", "house letter"), ("Block 4C", "house letter"),
            ("Hut 8 at Bletchley Park", None), ("Unit 731", None),
            ("1812 Kalorama Road", "year-like house number"), ("Barracks 2K", "house letter")]
    for a, flag in addr:
        case("en", "en address: house numbers, rooms, units", "They met at ",
             L(a, flag=None, tag=flag), " in ", D("1952", "1952", "year"), ".")
    # ---- 8. scores, votes, ratios ------------------------------------------------------------
    for _ in range(int(30 * K)):
        a, b = R.randint(0, 6), R.randint(0, 6)
        form = R.randrange(6)
        if form == 0:
            case("en", "en score: won A–B",
                 f"{R.choice(['Hungary', 'The Soviet team', 'England', 'Uruguay'])} won ",
                 L(f"{max(a,b)+1}–{min(a,b)}"), " in the final.")
        elif form == 1:
            y, n = R.randint(200, 400), R.randint(50, 300)
            case("en", "en vote: passed A to B", "The bill passed ", L(f"{y} to {n}"),
                 " in the Commons.")
        elif form == 2:
            case("en", "en vote: ruled 5–4", "The Court ruled ", L(R.choice(["5–4", "6–3", "7–2"])),
                 " in favour of the state.")
        elif form == 3:
            y, n = R.randint(200, 400), R.randint(50, 300)
            case("en", "en vote: by A votes to B", "The motion was carried by ",
                 L(f"{y} votes to {n}", unit_ok=True), ".")
        elif form == 4:
            case("en", "en ratio: a ratio of A:B", "Men outnumbered women by a ratio of ",
                 L(f"{R.randint(2,5)}:1"), ".")
        else:
            case("en", "en score: a A–B victory", "It was a ", L(f"{max(a,b)+1}–{min(a,b)}"),
                 " victory for the visitors.")
    # ---- 9. ages --------------------------------------------------------------------------
    for _ in range(int(25 * K)):
        age = R.randint(18, 95)
        form = R.randrange(5)
        if form == 0:
            case("en", "en age: aged N", "He died aged ", N(str(age), age), f" in {P()}.")
        elif form == 1:
            case("en", "en age: at the age of N", "She retired at the age of ", N(str(age), age),
                 ".")
        elif form == 2:
            case("en", "en age: a N-year-old", "A ", N(f"{age}-year-old", age, flag=None),
                 " veteran was arrested.")
        elif form == 3:
            d = rdate(R, 1800, 1990)
            case("en", "en age: died on DATE, aged N", "He died on ",
                 D(f"{d.day} {MONTHS[d.month-1]} {d.year}", d.isoformat(), "day"), ", aged ",
                 N(str(age), age), ".")
        else:
            case("en", "en age: in his Ns (decade of life)", "He was in his ",
                 Z(f"{age // 10 * 10}s"), " when he wrote it.")
    # ---- 10. money ------------------------------------------------------------------------
    for _ in range(int(50 * K)):
        form = R.randrange(12)
        y = R.randint(1900, 1990)
        if form == 0:
            v = R.choice([1.2, 3.5, 4.8, 12, 35, 2.25])
            case("en", "en money: $N billion", "The loan amounted to ",
                 N(f"${v} billion", v * 1e9, "USD"), " in ", D(str(y), str(y), "year"), ".")
        elif form == 1:
            v = R.choice([2, 3, 5, 12, 40])
            case("en", "en money: £Nm", "The estate was valued at ", N(f"£{v}m", v * 1e6, "GBP"),
                 ".")
        elif form == 2:
            v = R.choice([1.2, 2.3, 4.5])
            case("en", "en money: £N.Nbn", "The deficit reached ", N(f"£{v}bn", v * 1e9, "GBP"),
                 " in ", D(str(y), str(y), "year"), ".")
        elif form == 3:
            v = R.choice([5, 20, 132])
            case("en", "en money: N billion gold marks", "Reparations were set at ",
                 N(f"{v} billion", v * 1e9), " gold marks.")
        elif form == 4:
            v = R.randint(2, 900)
            case("en", "en money: N roubles", "A worker earned ", N(f"{v} roubles", v, "RUB"),
                 " a month.")
        elif form == 5:
            case("en", "en money: ¥360 to the dollar", "The rate was fixed at ",
                 N("¥360", 360, "JPY"), " to the dollar in ", D("1949", "1949", "year"), ".")
        elif form == 6:
            v = R.randint(2, 19)
            case("en", "en money: £N Ns (pre-decimal)", "The fine was ", N(f"£{v}", v, "GBP"),
                 " ", L(f"{R.randint(1,19)}s.", unit_ok=True), " ", L(f"{R.randint(1,11)}d.",
                                                                      unit_ok=True), ".")
        elif form == 7:
            v = R.choice([1.25, 2.50, 0.75])
            case("en", "en money: $N a day", "Labourers were paid ", N(f"${v:.2f}", v, "USD"),
                 " a day.")
        elif form == 8:
            v = R.choice([3, 7, 15])
            case("en", "en money: US$N million", "Aid totalled ",
                 N(f"US${v} million", v * 1e6, "USD"), ".")
        elif form == 9:
            v = R.choice([1.5, 2, 6])
            case("en", "en money: N million pounds sterling", "The debt stood at ",
                 N(f"{v} million pounds", v * 1e6, "GBP"), " sterling.")
        elif form == 10:
            v = R.choice([3, 8, 20])
            case("en", "en money: €N bn", "The programme cost ", N(f"€{v}bn", v * 1e9, "EUR"), ".")
        else:
            v = R.choice([12, 60, 300])
            case("en", "en money: N million yen", "The company lost ",
                 N(f"{v} million yen", v * 1e6, "JPY"), ".")
    # ---- 11. percentages ------------------------------------------------------------------
    for _ in range(int(40 * K)):
        form = R.randrange(8)
        v = R.choice([2.5, 12, 25, 40, 0.5, 7.8, 60, 15])
        y = R.randint(1900, 1990)
        if form == 0:
            case("en", "en percent: N%", "Unemployment reached ", N(f"{v}%", v, "percent"),
                 " in ", D(str(y), str(y), "year"), ".")
        elif form == 1:
            case("en", "en percent: N per cent", "Exports fell by ",
                 N(f"{v} per cent", v, "percent"), " ",
                 D(f"between {y} and {y+3}", f"{y}/{y+3}", "year", flag=None), ".")
        elif form == 2:
            case("en", "en percent: N percentage points", "The rate rose by ",
                 N(f"{v} percentage points", v, "point",
                   flag="percentage points: unit point (as ja ポイント) not percent"), ".")
        elif form == 3:
            case("en", "en percent: a N-percent drop", "There was a ",
                 N(f"{int(v)}-percent", int(v), "percent"), " drop in output.")
        elif form == 4:
            w = R.choice([3, 4, 5, 6])
            case("en", "en percent: from N% to M%", "The rate rose ",
                 R_(f"from {w}% to {w+2}%", w, w + 2, "percent"), ".")
        elif form == 5:
            case("en", "en percent: N percent (one word)", "Some ",
                 N(f"{int(v)} percent", int(v), "percent"), " of the peasants owned land.")
        elif form == 6:
            case("en", "en percent: N–M per cent", "Between ",
                 R_(f"{int(v)}–{int(v)+5} per cent", int(v), int(v) + 5, "percent"),
                 " of the harvest was lost.")
        else:
            case("en", "en percent: interest at N%", "The bonds paid ",
                 N(f"{v}%", v, "percent"), " interest.")
    # ---- 12. approximate and bounded counts -------------------------------------------------
    for _ in range(int(60 * K)):
        v = R.choice([1200, 3500, 20000, 45000, 150000, 800, 70000])
        noun = R.choice(NOUNS_PEOPLE)
        form = R.randrange(12)
        vs = f"{v:,}"
        if form == 0:
            case("en", "en approx: about N", "About ", N(vs, v, "person"), f" {noun} died.")
        elif form == 1:
            case("en", "en approx: some N", "Some ", N(vs, v, "person"), f" {noun} were deported.")
        elif form == 2:
            case("en", "en approx: nearly N", "Nearly ", N(vs, v, "person"), f" {noun} fled.")
        elif form == 3:
            case("en", "en bound: more than N", "",
                 R_(f"More than {vs}", v, None, "person", exclusive=True), f" {noun} were killed.")
        elif form == 4:
            case("en", "en bound: at least N", "", R_(f"At least {vs}", v, None, "person"),
                 f" {noun} perished.")
        elif form == 5:
            case("en", "en bound: up to N", "", R_(f"Up to {vs}", None, v, "person"),
                 f" {noun} were held in the camp.")
        elif form == 6:
            case("en", "en bound: fewer than N", "", R_(f"Fewer than {vs}", None, v, "person"),
                 f" {noun} survived.")
        elif form == 7:
            case("en", "en approx: roughly N", "Roughly ", N(vs, v, "person"), f" {noun} returned.")
        elif form == 8:
            case("en", "en approx: an estimated N", "An estimated ", N(vs, v, "person"),
                 f" {noun} were resettled.")
        elif form == 9:
            case("en", "en bound: over N", "", R_(f"Over {vs}", v, None, "person", exclusive=True),
                 f" {noun} signed the petition.")
        elif form == 10:
            case("en", "en approx: c. N (count)", "The garrison numbered c. ", N(vs, v, "person",
                 tag="c. before a count"), f" {noun}.")
        else:
            case("en", "en approx: in excess of N", "",
                 R_(f"In excess of {vs}", v, None, "person", exclusive=True),
                 f" {noun} were interned.")
    # ---- 13. ranges ---------------------------------------------------------------------------
    for _ in range(int(60 * K)):
        form = R.randrange(10)
        noun = R.choice(NOUNS_PEOPLE)
        if form == 0:
            a = R.choice([60, 70, 100, 200]) * 1000
            b = a + R.choice([10, 20, 50]) * 1000
            case("en", "en range: between A and B", "",
                 R_(f"Between {a:,} and {b:,}", a, b, "person"), f" {noun} died.")
        elif form == 1:
            a, b = R.choice([(1.5, 2), (2, 3), (3, 4), (1, 1.5)])
            case("en", "en range: from A to B million", "Estimates range ",
                 R_(f"from {a} to {b} million", a * 1e6, b * 1e6), " dead.")
        elif form == 2:
            a, b = R.choice([(2, 3), (5, 6), (1, 2), (10, 12)])
            case("en", "en range: A–B million (shared scale)", "",
                 R_(f"{a}–{b} million", a * 1e6, b * 1e6, "person"), f" {noun} were displaced.")
        elif form == 3:
            a, b = R.choice([(10, 15), (20, 25), (30, 40)])
            case("en", "en range: A–B,000 (shared thousands)", "",
                 R_(f"{a}–{b},000", a * 1000, b * 1000, "person",
                    flag="'10–15,000' as 10,000–15,000"), f" {noun} took part.")
        elif form == 4:
            a = R.choice([200, 250, 300]) * 1000
            b = a + 50000
            case("en", "en range: A–B (full figures)", "The army numbered ",
                 R_(f"{a:,}–{b:,}", a, b, "person"), f" {noun}.")
        elif form == 5:
            a, b = R.choice([(3, 5), (10, 12), (40, 50)])
            case("en", "en range: A to B thousand", "",
                 R_(f"{a} to {b} thousand", a * 1000, b * 1000, "person"),
                 f" {noun} were arrested.")
        elif form == 6:
            a, b = R.choice([(5, 6), (8, 10)])
            case("en", "en range: between A and B million people", "",
                 R_(f"Between {a} and {b} million", a * 1e6, b * 1e6, "person"),
                 f" {noun} starved.")
        elif form == 7:
            a, b = R.choice([(1.5, 2), (3, 3.5)])
            case("en", "en range: $A–B billion", "The war cost ",
                 R_(f"${a}–{b} billion", a * 1e9, b * 1e9, "USD"), ".")
        elif form == 8:
            a, b = R.choice([(20, 30), (10, 15)])
            case("en", "en range: A to B per cent", "Prices rose ",
                 R_(f"{a} to {b} per cent", a, b, "percent"), ".")
        else:
            a, b = R.choice([(12, 15), (5, 7)])
            case("en", "en range: A or B (approximate pair)", "It took ",
                 L(f"{a} or {b}", unit_ok=True), " days to reach the coast.")
    # ---- 14. vague quantities -----------------------------------------------------------------
    vague = ["Thousands of", "Tens of thousands of", "Hundreds of thousands of", "Several hundred",
             "A few dozen", "Dozens of", "Scores of", "Several thousand", "A few thousand",
             "Some hundreds of", "Many thousands of", "Millions of", "Hundreds of",
             "Several million"]
    for v in vague:
        case("en", "en vague: thousands of / several hundred", Z(v),
             f" {R.choice(NOUNS_PEOPLE)} were deported to {P()}.")
    for v in ["a handful of", "a score of", "a couple of"]:
        case("en", "en vague: a handful/score/couple", "Only ", ND(v), " officers survived.")
    # ---- 15. references in running text ------------------------------------------------------
    for _ in range(int(30 * K)):
        y = R.randint(1950, 2015)
        p1 = R.randint(10, 400)
        p2 = p1 + R.randint(2, 30)
        au = R.choice(["Smith", "Davies", "Conquest", "Figes", "Dower", "Overy", "Kershaw"])
        form = R.randrange(6)
        if form == 0:
            case("en", "en cite: (Author YYYY, p. N)", "This is disputed (", au, " ",
                 D(str(y), str(y), "year"), ", p. ", N(str(p1), p1, "page"), ").")
        elif form == 1:
            case("en", "en cite: (Author YYYY: A–B)", "This is disputed (", au, " ",
                 D(str(y), str(y), "year"), ": ", R_(f"{p1}–{p2}", p1, p2), ").")
        elif form == 2:
            case("en", "en cite: see pp. A–B", "See ", R_(f"pp. {p1}–{p2}", p1, p2, "page"),
                 " for the figures.")
        elif form == 3:
            case("en", "en cite: vol. N, no. M", "The article appeared in vol. ",
                 L(str(R.randint(1, 60))), ", no. ", L(str(R.randint(1, 12))), " of the journal.")
        elif form == 4:
            case("en", "en cite: footnote marker [N]", f"{A().capitalize()} {V()} {P()}.",
                 Z(f"[{R.randint(1, 120)}]"), " The losses were heavy.")
        else:
            case("en", "en cite: Chapter N / Part II", "As shown in Chapter ",
                 L(R.choice(["4", "IV", "12", "XII"]), ok=[4, 12]), ", the famine began in ",
                 D(str(y - 100), str(y - 100), "year"), ".")
    # ---- 16. bibliography entries (kind reference) -------------------------------------------
    pubs = ["London: Macmillan", "New York: Norton", "Oxford: Clarendon Press",
            "Cambridge: Cambridge University Press", "Stanford: Stanford University Press",
            "Princeton, NJ: Princeton University Press", "Tokyo: Kodansha International"]
    for _ in range(int(60 * K)):
        y = R.randint(1950, 2020)
        au = R.choice(["Smith, John", "Davies, R. W.", "Dower, John W.", "Overy, Richard",
                       "Hasegawa, Tsuyoshi", "Kotkin, Stephen"])
        form = R.randrange(8)
        vol, iss = R.randint(1, 90), R.randint(1, 6)
        p1 = R.randint(100, 900)
        p2 = p1 + R.randint(5, 40)
        if form == 0:
            case("en", "en ref: Chicago book", f"{au}. The Long War. {R.choice(pubs)}, ",
                 D(str(y), str(y), "year"), ".", kind="reference")
        elif form == 1:
            case("en", "en ref: Chicago article vol, no. (YYYY): A–B",
                 f"{au}. \"On Trade.\" Journal of Modern History ", L(str(vol)), ", no. ",
                 L(str(iss)), " (", D(str(y), str(y), "year"), "): ", R_(f"{p1}–{p2}", p1, p2),
                 ".", kind="reference")
        elif form == 2:
            case("en", "en ref: APA vol(issue), A–B", f"{au} (", D(str(y), str(y), "year"),
                 "). On trade. Slavic Review, ", L(f"{vol}({iss})"), ", ",
                 R_(f"{p1}–{p2}", p1, p2), ".", kind="reference")
        elif form == 3 and p1 // 100 == p2 // 100:
            case("en", "en ref: elided pages 123–45", f"{au}. \"Grain.\" Past & Present ",
                 L(str(vol)), " (", D(str(y), str(y), "year"), "): ",
                 R_(f"{p1}–{str(p2)[-2:]}", p1, p2), ".", kind="reference")
        elif form == 4:
            isbn = R.choice(["978-0-19-820171-7", "0-393-04686-5", "978-0-521-85511-3"])
            case("en", "en ref: Wikipedia cite with ISBN", f"{au} (", D(str(y), str(y), "year"),
                 f"). The War. {R.choice(pubs)}. p. ", N(str(p1), p1, "page"), ". ISBN ",
                 Z(isbn), ".", kind="reference")
        elif form == 5:
            d = rdate(R, 2005, 2022)
            case("en", "en ref: Retrieved D Month YYYY",
                 "\"Casualty figures\". BBC News. Retrieved ",
                 D(f"{d.day} {MONTHS[d.month-1]} {d.year}", d.isoformat(), "day"), ".",
                 kind="reference")
        elif form == 6:
            case("en", "en ref: 2nd ed. / 3 vols.", f"{au}. A History. ", L(suf(R.randint(2, 5)),
                 ok=[]), " ed. ", L(f"{R.randint(2, 4)} vols"), f". {R.choice(pubs)}, ",
                 D(str(y), str(y), "year"), ".", kind="reference")
        else:
            doi = (f"10.{R.randint(1000, 9999)}/"
                   f"{R.choice(['S0020859000', 'jmh.', 'sr.'])}{R.randint(1000, 9999)}")
            case("en", "en ref: doi", f"{au} (", D(str(y), str(y), "year"), "). On trade. doi:",
                 Z(doi), ".", kind="reference")
    # ---- 17. decades, centuries, BC --------------------------------------------------------
    for _ in range(int(40 * K)):
        form = R.randrange(8)
        c = R.randint(12, 20)
        dec = R.choice([x * 10 for x in range(181, 200) if x % 10])
        if form == 0:
            case("en", "en decade: the early 1930s", "In the early ",
                 D(f"{dec}s", f"{dec // 10}X", "decade"), f" {A()} was reorganized.")
        elif form == 1:
            case("en", "en century: the late Nth century", "By the late ",
                 D(f"{ORD[c]} century", f"{c-1:02d}XX", "century"), " the town had declined.")
        elif form == 2:
            case("en", "en century: Nth-century adj", "A ", D(f"{suf(c)}-century", f"{c-1:02d}XX",
                                                             "century"), " chronicle survives.")
        elif form == 3:
            y = R.randint(100, 800)
            case("en", "en BC: in YYY BC", "The city fell in ",
                 D(f"{y} BC", f"-{y-1:04d}", "year"), ".")
        elif form == 4:
            y = R.randint(300, 900)
            case("en", "en BC: c. A–B BC", "The kingdom flourished c. ",
                 D(f"{y}–{y-50} BC", f"-{y-1:04d}/-{y-51:04d}", "year"), ".")
        elif form == 5:
            case("en", "en decade: mid-1960s", "In the ", "mid-",
                 D(f"{dec}s", f"{dec // 10}X", "decade"), " the reforms stalled.")
        elif form == 6:
            case("en", "en century: the Nth and Mth centuries", "Trade grew in the ",
                 D(f"{suf(c)} and {suf(c+1)} centuries", f"{c-1:02d}XX/{c:02d}XX", "century"), ".")
        else:
            case("en", "en decade: the 1920s and 1930s", "In the ",
                 D(f"{dec}s", f"{dec // 10}X", "decade"), " and ",
                 D(f"{dec+10}s", f"{(dec + 10) // 10}X", "decade"), " the city grew.")
    # ---- 18. codes: phone, ISSN, call numbers, archives ---------------------------------------
    codes = [("Tel. ", "020 7946 0018", "phone"), ("Call ", "+1 212 555 1234", "phone"),
             ("Phone: ", "(212) 555-1234", "phone"), ("ISSN ", "0022-2801", "issn"),
             ("ISSN ", "1468-4505", "issn"), ("Call number ", "DK265 .S55 1998", "callno"),
             ("Shelfmark ", "Add MS 45678", "ms"), ("See ", "f. 23r", "folio"),
             ("See ", "ff. 12–15v", "folio"), ("File ", "FO 371/24843", "archive ref"),
             ("Catalogue ", "CAB 65/13/24", "archive ref"), ("Ref. ", "WO 208/1234", "archive ref"),
             ("Postcode ", "SW1A 2AA", "postcode"), ("Zip ", "20500", "postcode"),
             ("Accession ", "1998.012", "accession id"), ("Inv. no. ", "1987.45.3", "accession id"),
             ("Record Group ", "RG 59", "archive ref"), ("Microfilm ", "T-175, roll 94", "archive"),
             ("NARA ", "RG 242, T-78/345", "archive ref"), ("Serial ", "No. 4432-A", "serial"),
             ("Lot ", "1944/17", "year-like ref"), ("Case ", "No. 1945/12", "year-like ref"),
             ("Docket ", "45/1942", "year-like ref"), ("Bill ", "H.R. 1776", "year-like ref")]
    for pre, code, tag in codes:
        flag = "archival ref NNNN/NN" if tag == "year-like ref" else None
        case("en", "en code: phone/ISSN/call number/archive ref", pre, L(code, tag=tag, flag=flag),
             " is given in the finding aid.")
    # finding aids
    for _ in range(int(25 * K)):
        y1 = R.randint(1880, 1960)
        y2 = y1 + R.randint(1, 15)
        box, fol = R.randint(1, 80), R.randint(1, 40)
        form = R.randrange(4)
        if form == 0:
            case("en", "en finding aid: Box N, Folder M: Title, YYYY–YYYY", "Box ", L(str(box)),
                 ", Folder ", L(str(fol)), ": Correspondence, ", D(f"{y1}–{y2}", f"{y1}/{y2}",
                                                                 "year"), kind="caption")
        elif form == 1:
            case("en", "en finding aid: bulk YYYY–YYYY", "Papers, ", D(f"{y1}–{y2+20}",
                 f"{y1}/{y2+20}", "year"), " (bulk ", D(f"{y1+2}–{y2}", f"{y1+2}/{y2}", "year"),
                 ").", kind="caption")
        elif form == 2:
            case("en", "en finding aid: circa YYYY, undated", "Photographs, circa ",
                 D(str(y1), str(y1), "year"), ", and undated.", kind="caption")
        else:
            case("en", "en finding aid: N linear feet (N boxes)", "Extent: ",
                 N(f"{box/2:g}", box / 2), " linear feet (", N(f"{box} boxes", box), ").",
                 kind="caption")
    # ---- 19. temperatures, coordinates ------------------------------------------------------
    for _ in range(int(15 * K)):
        t = R.randint(5, 45)
        form = R.randrange(5)
        if form == 0:
            case("en", "en temp: −N °C", "The temperature fell to ", N(f"−{t} °C", -t, "celsius"),
                 ".")
        elif form == 1:
            case("en", "en temp: minus N degrees", "It was ", N(f"minus {t}", -t), " degrees.")
        elif form == 2:
            case("en", "en temp: N degrees below zero", "It was ",
                 N(f"{t} degrees below zero", -t, flag="below zero: negative"), ".")
        elif form == 3:
            case("en", "en temp: N °F below zero", "It was ",
                 N(f"{t} °F below zero", -t, "fahrenheit", flag="below zero: negative"), ".")
        else:
            case("en", "en coord: lat/long", "The wreck lies at ",
                 L(f"{t}°{R.randint(0,59)}′N {R.randint(100,170)}°{R.randint(0,59)}′E",
                   unit_ok=True), ".")
    # ---- 20. years as names / things that look like years -----------------------------------
    names = [("Tchaikovsky's ", "1812", " Overture was played."),
             ("", "Charter 77", " was founded by dissidents."),
             ("Orwell's ", "Nineteen Eighty-Four", " appeared after the war."),
             ("The ", "Boeing 747", " flew later."), ("", "Route 66", " crossed the state."),
             ("The ", "Peugeot 404", " was popular in Africa."),
             ("The ", "Colt Model 1911", " pistol was adopted."),
             ("The ", "Class of 1945", " held a reunion."),
             ("", "Interstate 95", " was completed."), ("", "Apollo 11", " landed on the Moon."),
             ("", "Flight 93", " crashed in a field."),
             ("The ", "Agenda 2000", " reforms were adopted."),
             ("", "Vision 2020", " was launched."),
             ("The ", "1905 Revolution", " shook the empire.")]
    for pre, nm, post in names:
        flag = "year-like name" if any(x in nm for x in ("1812", "1911", "1945", "2000", "2020",
                                                         "1905", "Eighty")) else None
        if nm in ("Class of 1945", "1905 Revolution"):
            case("en", "en name: year used as a name", pre,
                 OD(nm, nm[-4:] if "Class" in nm else "1905", "year", flag="year in a name"), post)
        else:
            case("en", "en name: year used as a name", pre, L(nm, flag=flag), post)
    # ---- 21. Roman numerals: regnal and chapter numbers ------------------------------------
    for _ in range(int(20 * K)):
        k = R.choice(["Henry VIII", "Louis XIV", "Pius XII", "Elizabeth II", "Nicholas II",
                      "George III", "Charles V", "Jan III Sobieski", "John XXIII", "Peter I",
                      "Napoleon III", "Leo XIII", "Gregory VII", "Alexander II"])
        y = R.randint(1500, 1950)
        rn = k.split()[1]
        form = R.randrange(3)
        if form == 0:
            case("en", "en roman: regnal name + year", f"{k.split()[0]} ",
                 L(" ".join(k.split()[1:]), ok=[roman(rn)]), " acted in ",
                 D(str(y), str(y), "year"), ".")
        elif form == 1:
            case("en", "en roman: regnal name (YYYY–YYYY)", f"{k.split()[0]} ",
                 L(" ".join(k.split()[1:]), ok=[roman(rn)]), " (",
                 D(f"{y}–{y+40}", f"{y}/{y+40}", "year"), ")")
        else:
            case("en", "en roman: World War II / Part III",
                 R.choice(["After World War ", "In Part "]),
                 L(R.choice(["II", "I", "III"]), ok=[1, 2, 3]), " the focus shifts to events in ",
                 D(str(y), str(y), "year"), ".")
    # ---- 22. captions, titles, boilerplate -------------------------------------------------
    for _ in range(int(30 * K)):
        y = R.randint(1890, 1990)
        form = R.randrange(8)
        if form == 0:
            m = R.randint(1, 12)
            case("en", "en caption: Figure N. ..., Month YYYY", "Figure ", L(str(R.randint(1, 30))),
                 f". Soldiers in {P()}, ", D(f"{MONTHS[m-1]} {y}", f"{y}-{m:02d}", "month"),
                 ".", kind="caption")
        elif form == 1:
            case("en", "en caption: Table N. ..., YYYY–YYYY (million tons)", "Table ",
                 L(str(R.randint(1, 30))), ". Grain exports, ",
                 D(f"{y}–{y+4}", f"{y}/{y+4}", "year"), " (million tons)", kind="caption")
        elif form == 2:
            case("en", "en title: Subject, YYYY–YYYY", "The Russo-Japanese War, ",
                 D(f"{y}–{y+1}", f"{y}/{y+1}", "year"), kind="title")
        elif form == 3:
            case("en", "en title: Place YYYY", R.choice(["Stalingrad ", "Berlin ", "Okinawa "]),
                 D(str(y), str(y), "year"), kind="title")
        elif form == 4:
            case("en", "en boilerplate: © YYYY Publisher", "© ",
                 D(str(y + 30), str(y + 30), "year"),
                 " Oxford University Press. All rights reserved.", kind="boilerplate")
        elif form == 5:
            case("en", "en boilerplate: Page N of M", "Page ",
                 L(str(R.randint(1, 9)), unit_ok=True), " of ", L(str(R.randint(10, 400))),
                 kind="boilerplate")
        elif form == 6:
            dd = R.randint(1, 28)
            case("en", "en caption: Map N. Front line, D Month YYYY", "Map ",
                 L(str(R.randint(1, 9))), ". The front line on ",
                 D(f"{dd} {MONTHS[4]} {y}", f"{y}-05-{dd:02d}", "day"),
                 kind="caption")
        else:
            case("en", "en title: Volume N: YYYY–YYYY", "Volume ", L(R.choice(["2", "II", "3"]),
                 ok=[2, 3]), ": ", D(f"{y}–{y+10}", f"{y}/{y+10}", "year"), kind="title")
    # ---- 23. counts that look like years ----------------------------------------------------
    for _ in range(int(30 * K)):
        v = R.randint(1100, 1999)
        noun = R.choice(["men", "prisoners", "rifles", "houses", "horses", "tons of grain",
                         "pages", "passengers", "ships"])
        form = R.randrange(5)
        if form == 0:
            case("en", "en count like a year: N men", "The garrison had ", N(str(v), v),
                 f" {noun}.")
        elif form == 1:
            y = R.randint(1800, 1990)
            case("en", "en count like a year: In YYYY NNNN men", "In ", D(str(y), str(y), "year"),
                 ", ", N(str(v), v), f" {noun} were lost.")
        elif form == 2:
            case("en", "en count like a year: nearly NNNN", "Nearly ", N(str(v), v),
                 f" {noun} were counted.")
        elif form == 3:
            case("en", "en count like a year: by NNNN", "Output rose by ", N(str(v), v),
                 " tons.")
        else:
            case("en", "en count like a year: of the NNNN", "Of the ", N(str(v), v),
                 f" {noun}, few survived.")
    # ---- 24. fractions, multiples ------------------------------------------------------------
    fr = [("It required a ", "two-thirds", 2 / 3, " majority."),
          ("", "One in five", 0.2, " conscripts deserted."),
          ("", "A quarter", 0.25, " of the harvest was lost."),
          ("", "Three-quarters", 0.75, " of the villages were burned."),
          ("", "Two-fifths", 0.4, " of the budget went to the army."),
          ("Some ", "one-third", 1 / 3, " of the population died.")]
    for pre, s, v, post in fr:
        case("en", "en fraction in prose", pre, N(s, v), post)
    for s in ["threefold", "doubled", "tripled", "twofold"]:
        case("en", "en multiple: threefold/doubled", "Output ", F(s), " after ",
             D("1928", "1928", "year"), ".")
    # ---- 25. relative, and lowercase month words ------------------------------------------
    for s in ["the following year", "the previous year", "that year", "the next day",
              "two years later", "a decade earlier"]:
        case("en", "en relative: the following year", f"{A().capitalize()} {V()} {P()} ",
             REL(s), ".")
    for s in ["may", "march"]:
        n = R.randint(2, 30)
        case("en", "en month-word as verb/modal before a number",
             f"The deputies {s} ", N(str(n), n), " times have protested.",
             flag="lowercase may/march + number")
    for s in ["Peyton C. March", "August Bebel", "Jan Smuts", "April Ashley", "June Carter"]:
        case("en", "en month-word as a name", ND(s), " spoke in ", D("1920", "1920", "year"), ".")
    build_more(R)
    build_extra(R)


def R_(text, lo, hi, unit=ANY, exclusive=False, flag=None):
    """A range slot; exclusive only records a strict bound (More than N) and is not checked."""
    return RG(text, lo, hi, unit, flag=flag)


_RV = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman(s):
    s = s.strip()
    if not s or any(c not in _RV for c in s):
        return -1
    t = 0
    for i, c in enumerate(s):
        v = _RV[c]
        t += -v if i + 1 < len(s) and _RV[s[i + 1]] > v else v
    return t


def romans_in(s):
    import re
    return [roman(m) for m in re.findall(r"\b[IVXLC]+\b", s)]


def build_more(R):
    # ---- 26. a year right before a plural noun of people (no comma) -------------------------
    nouns = ["troops", "workers", "peasants", "soldiers", "refugees", "Germans", "Japanese",
             "prisoners", "men", "women", "children", "sailors", "strikers", "settlers"]
    verbs = ["crossed the border", "returned home", "left the city", "went on strike",
             "arrived in the port", "were evacuated"]
    for _ in range(int(30 * K)):
        y = R.randint(1800, 1990)
        form = R.randrange(3)
        n, v = R.choice(nouns), R.choice(verbs)
        if form == 0:
            case("en", "en year + people noun: In YYYY troops ...", "In ",
                 D(str(y), str(y), "year"), f" {n} {v}.")
        elif form == 1:
            case("en", "en year + people noun: By YYYY workers ...", "By ",
                 D(str(y), str(y), "year"), f" {n} made up most of the population.")
        else:
            d = R.randint(1, 28)
            m = R.randint(1, 12)
            case("en", "en year + people noun: On D Month YYYY troops ...", "On ",
                 D(f"{d} {MONTHS[m-1]} {y}", f"{y}-{m:02d}-{d:02d}", "day"), f" {n} {v}.")
    # ---- 27. Harvard citations inside sentences ----------------------------------------------
    for _ in range(int(20 * K)):
        y = R.randint(1960, 2020)
        au = R.choice(["Davies and Wheatcroft", "Conquest", "Dower", "Wada", "Hosking"])
        p = R.randint(10, 400)
        form = R.randrange(3)
        if form == 0:
            case("en", "en cite: Author (YYYY) argues", f"{au} (", D(str(y), str(y), "year"),
                 ") argues that the figures were inflated.")
        elif form == 1:
            case("en", "en cite: (Author YYYY; Author YYYY)", "The famine was man-made (", au, " ",
                 D(str(y), str(y), "year"), "; Smith ", D(str(y - 3), str(y - 3), "year"), ").")
        else:
            case("en", "en cite: Author (YYYY: N)", f"{au} (", D(str(y), str(y), "year"), ": ",
                 N(str(p), p), ") gives a lower estimate.")


def build_extra(R):
    P = lambda: R.choice(PLACES)  # noqa: E731
    # ---- 28. pronoun and idiom uses of one/first/second ----------------------------------
    idioms = [("They helped ", "one another", ".", None),
              ("It became a ", "one-party", " state.", None),
              ("", "One day", " the troops arrived.", None),
              ("", "No one", " survived the winter.", None),
              ("", "At first", " the army retreated.", None),
              ("They bought it ", "second-hand", ".", None),
              ("He had ", "first-hand", " knowledge of the camps.", None),
              ("It was a ", "one-sided", " treaty.", None),
              ("", "First and foremost", ", the peasants wanted land.", None),
              ("The city was taken ", "once", " more.", None),
              ("In the ", "first place", ", the harvest failed.", None),
              ("He was ", "one of", " the leaders.", "one of: a count of one?"),
              ("", "One", " may doubt these figures.", None),
              ("The regiments surrendered ", "one by one", ".", None),
              ("It was a ", "one-off", " payment.", None),
              ("A ", "second", " front was opened in Normandy.", "a second front: ordinal 2"),
              ("The Tsar was ", "second to none", " in cruelty.", None),
              ("", "Once", " the war ended, trade resumed.", None),
              ("They were ", "the first", " to arrive.", "the first to arrive: ordinal 1"),
              ("Each ", "one", " of them was shot.", None)]
    for pre, w, post, flag in idioms:
        case("en", "en idiom: one another / one day / at first / second-hand", pre, Z(w, flag=flag),
             post)
    # ---- 29. footnote numbers glued after a year or a figure (PDF text) -------------------
    for _ in range(int(30 * K)):
        y = R.randint(1800, 1990)
        fn = R.randint(1, 99)
        form = R.randrange(4)
        if form == 0:
            case("en", "en footnote glued: ... in YYYY.NN Next", "The army collapsed in ",
                 D(str(y), str(y), "year"), Z(f".{fn}"), " The next winter was worse.")
        elif form == 1:
            v = R.randint(2, 90) * 1000
            case("en", "en footnote glued: ... N people.NN Next", "They deported ",
                 N(f"{v:,}", v, "person"), " people", Z(f".{fn}"), " Many died.")
        elif form == 2:
            d = rdate(R, 1850, 1990)
            case("en", "en footnote glued: ... D Month YYYY.NN", "The treaty was signed on ",
                 D(f"{d.day} {MONTHS[d.month-1]} {d.year}", d.isoformat(), "day"), Z(f".{fn}"),
                 " It was never ratified.")
        else:
            case("en", "en footnote glued: superscript ¹²", "The army collapsed in ",
                 D(str(y), str(y), "year"), Z(R.choice(["¹²", "²", "³⁴", "⁵"])),
                 " and the next winter was worse.")
    # ---- 30. economic series: from X in Y1 to Z in Y2, year–value pairs, index bases -----
    for _ in range(int(40 * K)):
        y1 = R.randint(1880, 1950)
        y2 = y1 + R.randint(5, 30)
        a = R.randint(2, 40) * 100
        b = a + R.randint(5, 40) * 100
        form = R.randrange(6)
        if form == 0:
            case("en", "en series: from X tons in Y1 to Z tons in Y2", "Output rose from ",
                 N(f"{a:,}", a), " tons in ", D(str(y1), str(y1), "year"), " to ", N(f"{b:,}", b),
                 " tons in ", D(str(y2), str(y2), "year"), ".")
        elif form == 1:
            case("en", "en series: from X million in Y1 to Z million in Y2",
                 "The population grew from ", N(f"{a / 100:g} million", a * 1e4), " in ",
                 D(str(y1), str(y1), "year"), " to ",
                 N(f"{b / 100:g} million", b * 1e4), " in ", D(str(y2), str(y2), "year"), ".")
        elif form == 2:
            case("en", "en series: Year – value; Year – value", "Population: ",
                 D(str(y1), str(y1), "year"), " – ", N(f"{a / 10:g} million", a * 1e5), "; ",
                 D(str(y2), str(y2), "year"), " – ", N(f"{b / 10:g} million", b * 1e5), ".")
        elif form == 3:
            case("en", "en series: index (YYYY = 100)", "Real wages stood at ",
                 N(str(a // 20), a // 20), " (", D(str(y1), str(y1), "year"), " = ", N("100", 100),
                 ").")
        elif form == 4:
            case("en", "en series: in Y1, X; in Y2, Z", "In ", D(str(y1), str(y1), "year"), ", ",
                 N(f"{a:,}", a), " workers struck; in ", D(str(y2), str(y2), "year"), ", ",
                 N(f"{b:,}", b), ".")
        else:
            case("en", "en series: X (Y1) and Z (Y2)", "Exports were ", N(f"{a:,}", a), " tons (",
                 D(str(y1), str(y1), "year"), ") and ", N(f"{b:,}", b), " tons (",
                 D(str(y2), str(y2), "year"), ").")
    # ---- 31. weekday dates, ordinal dates ----------------------------------------------
    WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    for _ in range(int(20 * K)):
        d = rdate(R, 1800, 1999)
        form = R.randrange(3)
        if form == 0:
            case("en", "en date: Weekday, D Month YYYY", "On ",
                 D(f"{WD[d.weekday()]}, {d.day} {MONTHS[d.month-1]} {d.year}", d.isoformat(),
                   "day"),
                 f", the garrison at {P()} surrendered.")
        elif form == 1:
            case("en", "en date: Month Dth, YYYY", "On ",
                 D(f"{MONTHS[d.month-1]} {suf(d.day)}, {d.year}", d.isoformat(), "day"),
                 f", the garrison at {P()} surrendered.")
        else:
            case("en", "en date: the Dth of Month, YYYY", "On ",
                 "the ", D(f"{suf(d.day)} of {MONTHS[d.month-1]}, {d.year}", d.isoformat(), "day"),
                 f", the garrison at {P()} surrendered.")
    # ---- 31b. dates named by slashed numbers ---------------------------------------------
    for pre, w, post, v in [("After ", "9/11", " the policy changed.", "XXXX-09-11"),
                            ("The ", "7/7", " bombings shook London.", "XXXX-07-07"),
                            ("Since ", "9/11", ", airport security has tightened.", "XXXX-09-11"),
                            ("It became a ", "24/7", " service.", None),
                            ("The ", "4/20", " protests spread.", "XXXX-04-20")]:
        if v:
            case("en", "en date named by M/D (9/11, 7/7)", pre, OD(w, v, "day",
                 flag="9/11: date or nothing, never a fraction"), post)
        else:
            case("en", "en date named by M/D (9/11, 7/7)", pre, Z(w), post)
    # ---- 31c. Wikipedia reference lists and rank markers --------------------------------
    for _ in range(int(12 * K)):
        y = R.randint(1950, 2020)
        p_ = R.randint(5, 500)
        form = R.randrange(3)
        if form == 0:
            case("en", "en ref: ^ a b Author YYYY, p. N", "^ a b ",
                 R.choice(["Dower", "Overy", "Figes"]), " ", D(str(y), str(y), "year"), ", p. ",
                 N(str(p_), p_, "page"), ".", kind="reference")
        elif form == 1:
            case("en", "en ref: N. ^ Author (YYYY), p. N", Z(f"{R.randint(1, 90)}."), " ^ ",
                 R.choice(["Dower", "Overy", "Figes"]), " (", D(str(y), str(y), "year"), "), p. ",
                 N(str(p_), p_, "page"), ".", kind="reference")
        else:
            case("en", "en label: ranked #N", "The city was ranked ", L(f"#{R.randint(1, 20)}"),
                 " in the survey.")
    # ---- 32. measures in military and economic history ---------------------------------
    for _ in range(int(30 * K)):
        form = R.randrange(7)
        if form == 0:
            v = R.choice([76, 88, 122, 152, 203])
            case("en", "en measure: N mm gun", "It mounted a ", N(f"{v} mm", v, "millimeter"),
                 " gun.")
        elif form == 1:
            v = R.choice([76.2, 37, 20])
            case("en", "en measure: N-mm gun (hyphen)", "It mounted a ",
                 N(f"{v:g}-mm", v, "millimeter"), " gun.")
        elif form == 2:
            v = R.randint(10, 900)
            case("en", "en measure: N km front", "The front stretched for ",
                 N(f"{v} km", v, "kilometer"), ".")
        elif form == 3:
            v = R.randint(5, 60) * 1000
            case("en", "en measure: N-ton battleship", "The ",
                 N(f"{v:,}-ton", v, "ton", flag="N-ton adj"), " battleship sank.")
        elif form == 4:
            v = R.randint(2, 40)
            case("en", "en measure: N knots", "She made ", N(f"{v} knots", v, "knot"), ".")
        elif form == 5:
            v = R.randint(100, 9000)
            case("en", "en measure: N acres", "The estate covered ", N(f"{v:,} acres", v, "acre"),
                 ".")
        else:
            v = R.randint(2, 90)
            case("en", "en measure: N million bushels", "Farmers harvested ",
                 N(f"{v} million", v * 1e6), " bushels of wheat.")
