"""Russian families: encyclopedia and academic prose, archival citations, bibliographies.

Part of the prose probe (bench.probes.prose): build(R) appends this language's cases to
prose_core.CASES, drawing from the random generator R; expected values are written by hand.
"""

from __future__ import annotations

import datetime as dt

from .prose_core import ANY, ND, OD, REL, D, F, L, N, Z, case
from .prose_core import R as RG
from .prose_en import roman

K = 1.6  # how many random cases per family: the listed count times K

MGEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
        "октября", "ноября", "декабря"]
MPREP = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
         "октябре", "ноябре", "декабре"]
MABBR = ["янв.", "февр.", "марта", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.",
         "нояб.", "дек."]
ARMIES = ["советские войска", "немецкие части", "Красная армия", "войска Юго-Западного фронта",
          "японские войска", "белые", "повстанцы", "польские войска", "части генерала Власова"]
PLACES = ["Киев", "Минск", "Смоленск", "Харбин", "Ригу", "Вильно", "Севастополь", "Орёл",
          "Курск", "Варшаву", "Будапешт", "Кёнигсберг", "Ростов-на-Дону", "Новгород"]
VERBS = ["заняли", "оставили", "освободили", "окружили", "штурмовали", "вошли в", "обороняли"]
NAMES = ["Иванов И. И.", "Петров П. А.", "Сидоров В. Н.", "Кузнецова А. М.", "Орлов Д. С.",
         "Волков Н. Е.", "Зайцев Г. Ф."]
PEOPLE = [("человек", "person"), ("военнопленных", "person"), ("рабочих", ANY),
          ("крестьян", ANY), ("заключённых", ANY), ("беженцев", ANY), ("солдат", "person"),
          ("жителей", ANY), ("спецпереселенцев", ANY)]


def rdate(R, a=1700, b=1999):
    return dt.date(R.randint(a, b), R.randint(1, 12), R.randint(1, 28))


def g(d):
    return f"{d.day} {MGEN[d.month-1]} {d.year} г."


def build(R):
    P = lambda: R.choice(PLACES)  # noqa: E731
    A = lambda: R.choice(ARMIES)  # noqa: E731
    V = lambda: R.choice(VERBS)  # noqa: E731

    # ---- 1. dates in narrative prose --------------------------------------------------------
    for _ in range(int(60 * K)):
        d = rdate(R, 1700, 1999)
        form = R.randrange(14)
        if form == 0:
            case("ru", "ru date: D месяца YYYY г.", D(g(d), d.isoformat(), "day"),
                 f" {A()} {V()} {P()}.")
        elif form == 1:
            case("ru", "ru date: в месяце YYYY г.", "В ", D(f"{MPREP[d.month-1]} {d.year} г.",
                 f"{d.year}-{d.month:02d}", "month"), f" {A()} {V()} {P()}.")
        elif form == 2:
            case("ru", "ru date: в YYYY году", "В ", D(f"{d.year} году", str(d.year), "year"),
                 f" {A()} {V()} {P()}.")
        elif form == 3:
            case("ru", "ru date: DD.MM.YYYY", "Приказ от ",
                 D(f"{d.day:02d}.{d.month:02d}.{d.year}", d.isoformat(), "day"), " отменён.")
        elif form == 4:
            y2 = d.year + R.randint(1, 8)
            case("ru", "ru date: с YYYY по YYYY г.", "", D(f"С {d.year} по {y2} г.",
                 f"{d.year}/{y2}", "year"), f" {A()} удерживали {P()}.")
        elif form == 5:
            y2 = d.year + R.randint(1, 8)
            case("ru", "ru date: в YYYY–YYYY гг.", "В ", D(f"{d.year}–{y2} гг.", f"{d.year}/{y2}",
                 "year"), f" {A()} удерживали {P()}.")
        elif form == 6:
            case("ru", "ru date: в ночь на D месяца YYYY г.", "В ночь на ",
                 D(g(d), d.isoformat(), "day"), f" {A()} {V()} {P()}.")
        elif form == 7:
            s = R.choice(["Весной", "Летом", "Осенью", "Зимой", "В конце", "В начале",
                          "В середине", "К концу"])
            case("ru", "ru date: весной/в конце YYYY г.", f"{s} ",
                 D(f"{d.year} г.", str(d.year), "year"), f" {A()} {V()} {P()}.")
        elif form == 8:
            d2 = d + dt.timedelta(days=R.randint(2, 9))
            if d2.month == d.month:
                case("ru", "ru date: D–D месяца YYYY г.", "",
                     D(f"{d.day}–{d2.day} {MGEN[d.month-1]} {d.year} г.",
                       f"{d.isoformat()}/{d2.isoformat()}", "day"), " шли бои.")
        elif form == 9:
            d2 = d + dt.timedelta(days=R.randint(2, 9))
            if d2.month == d.month:
                case("ru", "ru date: с D по D месяца YYYY г.", "",
                     D(f"С {d.day} по {d2.day} {MGEN[d.month-1]} {d.year} г.",
                       f"{d.isoformat()}/{d2.isoformat()}", "day"), " шли бои.")
        elif form == 10:
            case("ru", "ru date: abbreviated month D мес. YYYY г.", "",
                 D(f"{d.day} {MABBR[d.month-1]} {d.year} г.", d.isoformat(), "day"),
                 " было подписано соглашение.")
        elif form == 11:
            case("ru", "ru date: к YYYY г. / до YYYY г.", R.choice(["К ", "До "]),
                 D(f"{d.year} г.", str(d.year), "year"), " население города выросло.")
        elif form == 12:
            case("ru", "ru date: YYYY год (nominative)", "",
                 D(f"{d.year} год", str(d.year), "year"), " стал переломным.")
        else:
            case("ru", "ru date: D месяца (no year)", "",
                 D(f"{d.day} {MGEN[d.month-1]}", f"XXXX-{d.month:02d}-{d.day:02d}", "day"),
                 f" {A()} {V()} {P()}.")
    # ---- 2. double dating (old style / new style) ----------------------------------------
    for _ in range(int(20 * K)):
        ns = rdate(R, 1700, 1917)
        os_ = ns - dt.timedelta(days=12 if ns.year < 1900 else 13)
        form = R.randrange(3)
        if form == 0 and os_.year == ns.year:
            # both styles side by side: one date, the new style's (ISO 8601 is Gregorian)
            case("ru", "ru old/new style: D мес. (D мес.) YYYY г.", "",
                 D(f"{os_.day} {MGEN[os_.month-1]} ({ns.day} {MGEN[ns.month-1]}) {ns.year} г.",
                   ns.isoformat(), "day", tag="one date, the new style's"),
                 " начались волнения.")
        elif form == 1:
            case("ru", "ru old/new style: D мес. YYYY г. (по ст. ст.)", "",
                 D(g(os_), os_.isoformat(), "day"), " (по ст. ст.) начались волнения.")
        else:
            case("ru", "ru old/new style: D мес. YYYY г. (D мес. н. ст.)", "",
                 D(g(os_), os_.isoformat(), "day"), " (",
                 D(f"{ns.day} {MGEN[ns.month-1]}", f"XXXX-{ns.month:02d}-{ns.day:02d}", "day",
                   flag="the new-style day inherits the year?"),
                 " по н. ст.) начались волнения.")
    # ---- 3. lives, reigns ------------------------------------------------------------------
    for _ in range(int(40 * K)):
        n = R.choice(NAMES)
        b = rdate(R, 1600, 1920)
        dd = b + dt.timedelta(days=R.randint(30 * 365, 85 * 365))
        form = R.randrange(8)
        role = R.choice(["историк", "генерал", "дипломат", "экономист", "поэт", "инженер"])
        if form == 0:
            case("ru", "ru life: (YYYY–YYYY)", f"{n} (", D(f"{b.year}–{dd.year}",
                 f"{b.year}/{dd.year}", "year"), f") — {role}.")
        elif form == 1:
            case("ru", "ru life: (D мес. YYYY — D мес. YYYY)", f"{n} (",
                 D(f"{b.day} {MGEN[b.month-1]} {b.year} — {dd.day} {MGEN[dd.month-1]} {dd.year}",
                   f"{b.isoformat()}/{dd.isoformat()}", "day"), f") — {role}.")
        elif form == 2:
            case("ru", "ru life: (YYYY — D мес. YYYY) mixed", f"{n} (",
                 D(f"{b.year} — {dd.day} {MGEN[dd.month-1]} {dd.year}",
                   f"{b.year}/{dd.isoformat()}", "day"), f") — {role}.")
        elif form == 3:
            case("ru", "ru life: (род. YYYY)", f"{n} (род. ", D(f"{b.year}", str(b.year), "year"),
                 f") — {role}.")
        elif form == 4:
            case("ru", "ru life: (ок. YYYY — YYYY)", f"{n} (ок. ",
                 D(f"{b.year} — {dd.year}", f"{b.year}/{dd.year}", "year"), f") — {role}.")
        elif form == 5:
            r1 = b.year + 20
            r2 = r1 + R.randint(5, 30)
            k = R.choice(["Пётр", "Иван", "Николай", "Александр", "Екатерина"])
            rn = R.choice(["I", "II", "III", "IV"])
            case("ru", "ru life: Царь N (правл. YYYY–YYYY)", f"{k} ", L(rn, ok=[roman(rn)]),
                 " (правл. ", D(f"{r1}–{r2}", f"{r1}/{r2}", "year"), ") провёл реформы.")
        elif form == 6:
            case("ru", "ru life: (YYYY—YYYY гг.)", f"{n} (", D(f"{b.year}—{dd.year} гг.",
                 f"{b.year}/{dd.year}", "year"), f") — {role}.")
        else:
            case("ru", "ru life: родился D мес. YYYY г. в ...", f"{n} родился ",
                 D(g(b), b.isoformat(), "day"), f" в {R.choice(['Туле', 'Казани', 'Вологде'])}.")
    # ---- 4. archival citations -------------------------------------------------------------
    arch = ["ГАРФ", "РГАСПИ", "РГВА", "ЦАМО РФ", "РГАЭ", "АП РФ", "ЦГА СПб", "РГИА"]
    for _ in range(int(50 * K)):
        a = R.choice(arch)
        f_ = R.choice([str(R.randint(1, 9999)), f"Р-{R.randint(1000, 9999)}"])
        op = R.randint(1, 12500)
        delo = R.choice([R.randint(1, 3000), R.randint(1900, 1999)])
        l1 = R.randint(1, 300)
        l2 = l1 + R.randint(1, 12)
        form = R.randrange(5)
        tag = "delo number like a year" if 1900 <= delo <= 1999 else None
        kind = R.choice(["reference", "paragraph"])
        if form == 0:
            case("ru", "ru archive: Ф. Оп. Д. Л. A–B", f"{a}. Ф. ", L(f_), ". Оп. ", L(str(op)),
                 ". Д. ", L(str(delo), tag=tag), ". Л. ", RG(f"{l1}–{l2}", l1, l2), ".", kind=kind)
        elif form == 1:
            case("ru", "ru archive: Л. N об.", f"{a}. Ф. ", L(f_), ". Оп. ", L(str(op)),
                 ". Д. ", L(str(delo), tag=tag), ". Л. ", L(f"{l1} об.", unit_ok=True), kind=kind)
        elif form == 2:
            case("ru", "ru archive: Л. N–N об.", f"{a}. Ф. ", L(f_), ". Оп. ", L(str(op)),
                 ". Д. ", L(str(delo), tag=tag), ". Л. ", RG(f"{l1}–{l2} об.", l1, l2),
                 kind=kind)
        elif form == 3:
            case("ru", "ru archive: Ф. Оп. Д. Л. + footnote sentence", "Цит. по: ", f"{a}. Ф. ",
                 L(f_), ". Оп. ", L(str(op)), ". Д. ", L(str(delo), tag=tag), ". Л. ",
                 L(str(l1), unit_ok=True), ".", kind=kind)
        else:
            y = R.randint(1920, 1960)
            dd_ = R.randint(1, 28)
            case("ru", "ru archive: Ф. Оп. Д. + date of document", f"{a}. Ф. ", L(f_), ". Оп. ",
                 L(str(op)), ". Д. ", L(str(delo), tag=tag), ". Л. ", L(str(l1), unit_ok=True),
                 ". Докладная записка от ",
                 D(f"{dd_} {MGEN[4]} {y} г.", f"{y}-05-{dd_:02d}", "day"), kind=kind)
    # ---- 5. statutes, orders -------------------------------------------------------------
    for _ in range(int(40 * K)):
        d = rdate(R, 1918, 1991)
        form = R.randrange(9)
        if form == 0:
            case("ru", "ru statute: ст. 58 УК РСФСР", "Его осудили по ст. ",
                 L(R.choice(["58", "58-10", "58-1а", "70", "190-1", "162"])), " УК РСФСР.")
        elif form == 1:
            case("ru", "ru statute: приказ № N от D мес. YYYY г.", "Приказ № ",
                 L(str(R.randint(1, 400))), " от ", D(g(d), d.isoformat(), "day"),
                 " запрещал отступление.")
        elif form == 2:
            case("ru", "ru statute: приказ НКВД № 00447", "Приказ НКВД № ",
                 L(R.choice(["00447", "00485", "00439", "001223"])), " определял лимиты.")
        elif form == 3:
            case("ru", "ru statute: постановление от D мес. YYYY г. № N",
                 "Постановление СНК СССР от ", D(g(d), d.isoformat(), "day"), " № ",
                 L(str(R.randint(100, 2500))),
                 " ввело новые нормы.")
        elif form == 4:
            case("ru", "ru statute: п. N ст. M", "Согласно п. ", L(str(R.randint(1, 9))), " ст. ",
                 L(str(R.randint(1, 150))), " Конституции, это запрещено.")
        elif form == 5:
            case("ru", "ru statute: статья N Конституции", "Статья ",
                 L(str(R.choice([6, 58, 70, 125, 190]))), " Конституции СССР была отменена в ",
                 D("1990 г.", "1990", "year"), ".")
        elif form == 6:
            case("ru", "ru statute: Указ от D мес. YYYY г.", "Указ Президиума ВС СССР от ",
                 D(g(d), d.isoformat(), "day"), " ужесточил наказания.")
        elif form == 7:
            y = R.choice([1936, 1977, 1918, 1924])
            case("ru", "ru statute: Конституция YYYY г. (name)", "Конституция ",
                 D(f"{y} г.", str(y), "year"), " провозгласила равенство.")
        else:
            case("ru", "ru statute: приказ № 227 («Ни шагу назад»)", "Приказ № ", L("227"),
                 " («Ни шагу назад!») был зачитан в войсках.")
    # ---- 6. military units -----------------------------------------------------------------
    units = ["-я стрелковая дивизия", "-я армия", "-й Белорусский фронт",
             "-я гвардейская танковая армия", "-й кавалерийский корпус", "-й стрелковый полк",
             "-я воздушная армия",
             "-й Украинский фронт", "-я ударная армия", "-я отдельная бригада"]
    for _ in range(int(40 * K)):
        n = R.choice([1, 2, 3, 5, 8, 13, 62, 64, 139, 316, 2, 4])
        u = R.choice(units)
        d = rdate(R, 1941, 1945)
        form = R.randrange(3)
        if form == 0:
            case("ru", "ru unit: N-я дивизия + date", "", L(f"{n}{u.split()[0]}", ok=[n]),
                 f" {' '.join(u.split()[1:])} вышла к Днепру ", D(g(d), d.isoformat(), "day"), ".")
        elif form == 1:
            m = R.randint(5, 40) * 1000
            case("ru", "ru unit: N-я армия насчитывала N тыс. человек", "",
                 L(f"{n}{u.split()[0]}", ok=[n]), f" {' '.join(u.split()[1:])} насчитывала ",
                 N(f"{m // 1000} тыс.", m, "person"), " человек.")
        else:
            case("ru", "ru unit: в составе N-й армии в YYYY г.", "В составе ",
                 L(f"{n}-й", ok=[n]), " армии в ", D(f"{d.year} г.", str(d.year), "year"),
                 " действовали крупные силы.")
    # ---- 7. models -----------------------------------------------------------------------
    models = ["Ту-144", "МиГ-15", "Т-34", "Т-34-85", "Т-34/85", "Ил-2", "Ил-2М", "Як-9", "Як-9Т",
              "Су-27", "КВ-1", "КВ-1С", "ИС-2", "ЗИС-5", "ГАЗ-АА", "АК-47", "ППШ-41", "Пе-2",
              "Ту-95МС", "Р-7", "С-13", "К-19", "Ла-5ФН", "Ан-2", "Ми-8", "БТ-7", "Т-26",
              "СУ-76", "ИС-3", "Ил-28", "Ту-4", "МиГ-21бис", "ЗИС-3", "М-30", "Б-4", "Т-72Б",
              "Су-7Б", "Як-3М", "Т-64А", "ЗРК С-75", "Р-12"]
    for m in models:
        tag = "suffix letter" if m[-1].isalpha() and any(c.isdigit() for c in m) else None
        case("ru", "ru model: самолёт/танк", "Машины ", L(m, tag=tag),
             f" участвовали в боях под {P()}.")
        if R.random() < 0.5:
            y = R.randint(1935, 1975)
            case("ru", "ru model + year", "В ", D(f"{y} г.", str(y), "year"),
                 " на вооружение был принят ", L(m, tag=tag), ".")
    # ---- 8. ages ---------------------------------------------------------------------------
    for _ in range(int(25 * K)):
        age = R.randint(18, 95)
        form = R.randrange(5)
        if form == 0:
            case("ru", "ru age: в возрасте N лет", "Он умер в возрасте ", N(f"{age}", age), " лет.")
        elif form == 1:
            case("ru", "ru age: N-летний", "", L(f"{age}-летний", unit_ok=True),
                 " генерал был арестован.")
        elif form == 2:
            case("ru", "ru age: на N-м году жизни", "Он скончался на ",
                 L(f"{age}-м", ok=[age]), " году жизни.")
        elif form == 3:
            d = rdate(R, 1800, 1990)
            case("ru", "ru age: умер D мес. YYYY г. в возрасте N лет", "Он умер ",
                 D(g(d), d.isoformat(), "day"), " в возрасте ", N(str(age), age), " лет.")
        else:
            case("ru", "ru age: ему было N лет", "Ему было ", N(str(age), age), " лет.")
    # ---- 9. money ----------------------------------------------------------------------------
    for _ in range(int(45 * K)):
        form = R.randrange(10)
        y = R.randint(1900, 1990)
        if form == 0:
            v = R.choice(["3,5", "1,2", "12", "0,8"])
            case("ru", "ru money: N млрд руб.", "Бюджет составил ",
                 N(f"{v} млрд руб.", float(v.replace(",", ".")) * 1e9, "RUB"), ".")
        elif form == 1:
            r_, k = R.randint(1, 9), R.randint(5, 95)
            case("ru", "ru money: N руб. M коп.", "Хлеб стоил ", N(f"{r_} руб.", r_, "RUB"), " ",
                 L(f"{k} коп.", unit_ok=True), " за пуд.")
        elif form == 2:
            v = R.choice([500, 150, 20])
            case("ru", "ru money: N тыс. долл.", "Кредит составил ",
                 N(f"{v} тыс. долл.", v * 1000, "USD"), ".")
        elif form == 3:
            v = R.choice([10, 45, 300])
            case("ru", "ru money: N млн золотых рублей", "Было вывезено ",
                 N(f"{v} млн", v * 1e6), " золотых рублей.")
        elif form == 4:
            v = R.choice([25, 50, 15])
            case("ru", "ru money: N коп.", "Литр молока стоил ", N(f"{v} коп.", v), ".")
        elif form == 5:
            v = R.choice(["2", "1,5", "20"])
            case("ru", "ru money: N млрд долл. США", "Помощь составила ",
                 N(f"{v} млрд долл.", float(v.replace(",", ".")) * 1e9, "USD"), " США.")
        elif form == 6:
            v = R.choice([5, 12, 40])
            case("ru", "ru money: N тыс. руб.", "Штраф составлял ",
                 N(f"{v} тыс. руб.", v * 1000, "RUB"), ".")
        elif form == 7:
            v = R.choice(["1,2", "3"])
            case("ru", "ru money: N трлн руб.", "Долг достиг ",
                 N(f"{v} трлн руб.", float(v.replace(",", ".")) * 1e12, "RUB"), ".")
        elif form == 8:
            v = R.randint(100, 900)
            case("ru", "ru money: N рублей в месяц", "Рабочий получал ",
                 N(f"{v} рублей", v, "RUB"), " в месяц в ", D(f"{y} г.", str(y), "year"), ".")
        else:
            v = R.choice([5, 10])
            case("ru", "ru money: N червонцев", "Он заплатил ", N(f"{v}", v), " червонцев.")
    # ---- 10. percentages and multiples --------------------------------------------------------
    for _ in range(int(45 * K)):
        form = R.randrange(9)
        v = R.choice(["2,5", "14,5", "40", "0,5", "7,8", "25"])
        fv = float(v.replace(",", "."))
        y = R.randint(1900, 1995)
        if form == 0:
            case("ru", "ru percent: N %", "Инфляция составила ", N(f"{v} %", fv, "percent"), " в ",
                 D(f"{y} г.", str(y), "year"), ".")
        elif form == 1:
            case("ru", "ru percent: N процентов", "Урожай упал на ",
                 N(f"{v} процента" if "," in v else f"{v} процентов", fv, "percent"), ".")
        elif form == 2:
            case("ru", "ru percent: на N п. п.", "Ставка выросла на ",
                 N(f"{v} п. п.", fv, "point", flag="п. п.: percentage points"), " за год.")
        elif form == 3:
            case("ru", "ru percent: на N процентного пункта", "Доля выросла на ",
                 N(f"{v} процентного пункта" if "," in v else f"{v} процентных пунктов", fv,
                   "point", flag="процентный пункт: percentage points"), ".")
        elif form == 4:
            a = R.randint(5, 20)
            case("ru", "ru percent: A–B %", "Потери составили ",
                 RG(f"{a}–{a+5} %", a, a + 5, "percent"), ".")
        elif form == 5:
            case("ru", "ru multiple: в N раза", "Производство выросло ",
                 N(f"в {v} раза", fv, flag="в N раза: a multiple (unit?)"), ".")
        elif form == 6:
            a = R.choice(["1,5–2", "2–3", "2,5–3"])
            lo, hi = [float(x.replace(",", ".")) for x in a.split("–")]
            case("ru", "ru multiple: в A–B раза", "Цены выросли в ", RG(f"{a}", lo, hi), " раза.")
        elif form == 7:
            case("ru", "ru percent: N% (glued)", "Доля крестьян составляла ",
                 N(f"{v}%", fv, "percent"), ".")
        else:
            case("ru", "ru percent: ок. N % населения", "Ок. ", N(f"{v} %", fv, "percent"),
                 " населения жили в городах.")
    # ---- 11. approximations and bounds -------------------------------------------------------
    for _ in range(int(60 * K)):
        noun, unit = R.choice(PEOPLE)
        form = R.randrange(12)
        v, vs = R.choice([(27e6, "27 млн"), (1.5e6, "1,5 млн"), (300e3, "300 тыс."),
                          (500, "500"), (20e3, "20 тыс."), (1200, "1200"), (8.7e6, "8,7 млн"),
                          (681692, "681 692"), (1929729, "1 929 729"), (45000, "45 000")])
        if form == 0:
            case("ru", "ru approx: ок. N", "Погибло ок. ", N(vs, v, unit), f" {noun}.")
        elif form == 1:
            case("ru", "ru approx: около N", "Около ", N(vs, v, unit),
                 f" {noun} были депортированы.")
        elif form == 2:
            case("ru", "ru bound: свыше N", "", RG(f"Свыше {vs}", v, None, unit),
                 f" {noun} погибли.")
        elif form == 3:
            case("ru", "ru bound: более N", "", RG(f"Более {vs}", v, None, unit),
                 f" {noun} бежали.")
        elif form == 4:
            case("ru", "ru approx: почти N", "Почти ", N(vs, v, unit), f" {noun} вернулись.")
        elif form == 5:
            case("ru", "ru approx: примерно N", "Примерно ", N(vs, v, unit), f" {noun} умерли.")
        elif form == 6:
            case("ru", "ru approx: порядка N", "Порядка ", N(vs, v, unit),
                 f" {noun} были арестованы.")
        elif form == 7:
            case("ru", "ru bound: не менее N", "", RG(f"Не менее {vs}", v, None, unit),
                 f" {noun} были расстреляны.")
        elif form == 8:
            case("ru", "ru bound: до N (max)", "В лагере содержалось ",
                 RG(f"до {vs}", None, v, unit), f" {noun}.")
        elif form == 9:
            case("ru", "ru approx: св. N", "Было выселено св. ", N(vs, v, unit,
                 tag="св. = свыше"), f" {noun}.")
        elif form == 10:
            case("ru", "ru bound: менее N", "", RG(f"Менее {vs}", None, v, unit),
                 f" {noun} выжили.")
        else:
            case("ru", "ru approx: N чел.", "Было арестовано ", N(f"{vs} чел.", v, "person"), ".")
    # ---- 12. ranges ---------------------------------------------------------------------------
    for _ in range(int(50 * K)):
        noun, unit = R.choice(PEOPLE)
        form = R.randrange(8)
        if form == 0:
            a = R.choice([5, 10, 20])
            case("ru", "ru range: от A до B тыс.", "Погибло ",
                 RG(f"от {a} до {a*2} тыс.", a * 1000, a * 2000, unit), f" {noun}.")
        elif form == 1:
            a = R.choice([5, 10, 20])
            case("ru", "ru range: A–B тыс.", "Погибло ", RG(f"{a}–{a*2} тыс.", a * 1000, a * 2000,
                                                              unit), f" {noun}.")
        elif form == 2:
            a, b = R.choice([("1,5", "2"), ("2", "3"), ("5", "7")])
            lo, hi = float(a.replace(",", ".")), float(b)
            case("ru", "ru range: A–B млн", "Погибло ",
                 RG(f"{a}–{b} млн", lo * 1e6, hi * 1e6, unit), f" {noun}.")
        elif form == 3:
            a, b = R.choice([("1,5", "2"), ("2", "3")])
            lo, hi = float(a.replace(",", ".")), float(b)
            case("ru", "ru range: от A до B млн человек", "Голод унёс ",
                 RG(f"от {a} до {b} млн", lo * 1e6, hi * 1e6, "person"), " человек.")
        elif form == 4:
            a = R.choice([200, 300, 1200])
            case("ru", "ru range: A—B (em dash)", "Отряд насчитывал ",
                 RG(f"{a}—{a+100}", a, a + 100, unit), f" {noun}.")
        elif form == 5:
            a = R.choice([60, 70, 100])
            case("ru", "ru range: между A и B тыс.", "Между ",
                 RG(f"{a} и {a+20} тыс.", a * 1000, (a + 20) * 1000), f" {noun} погибли.")
        elif form == 6:
            a = R.choice([3, 4, 5])
            case("ru", "ru range: A–B тыс. км", "Фронт растянулся на ",
                 RG(f"{a}–{a+1} тыс. км", a * 1000, (a + 1) * 1000, "kilometer"), ".")
        else:
            a = R.choice([10, 15])
            case("ru", "ru range: A–B млрд руб.", "Ущерб оценивался в ",
                 RG(f"{a}–{a+5} млрд руб.", a * 1e9, (a + 5) * 1e9, "RUB"), ".")
    # ---- 13. vague -----------------------------------------------------------------------------
    for v in ["Тысячи", "Сотни тысяч", "Несколько сот", "Десятки тысяч", "Несколько тысяч",
              "Многие тысячи", "Миллионы", "Сотни", "Десятки", "Несколько десятков тысяч",
              "Не одна тысяча", "Около сотни"]:
        flag = {"Около сотни": "около сотни ≈ 100?",
                "Не одна тысяча": "не одна тысяча: vague"}.get(v)
        case("ru", "ru vague: тысячи / несколько сот", Z(v, flag=flag),
             f" {R.choice(PEOPLE)[0]} были высланы в {R.choice(['Казахстан', 'Сибирь', 'Коми'])}.")
    # ---- 14. bibliography (reference) ---------------------------------------------------------
    for _ in range(int(60 * K)):
        y = R.randint(1950, 2020)
        au = R.choice(NAMES)
        p1 = R.randint(10, 600)
        p2 = p1 + R.randint(2, 40)
        num = R.randint(1, 12)
        city = R.choice(["М.", "Л.", "СПб.", "Новосибирск", "Казань", "М.; Л."])
        form = R.randrange(9)
        if form == 0:
            case("ru", "ru ref: книга М.: Изд., YYYY. N с.", f"{au} История СССР. {city}: Наука, ",
                 D(str(y), str(y), "year"), ". ", N(f"{p1} с.", p1, "page"), kind="reference")
        elif form == 1:
            case("ru", "ru ref: статья // Журнал. YYYY. № N. С. A–B.",
                 f"{au} Голод ", D("1932–1933 гг.", "1932/1933", "year"), " // Вопросы истории. ",
                 D(str(y), str(y), "year"),
                 ". № ", L(str(num)), ". С. ", RG(f"{p1}–{p2}", p1, p2, "page"), ".",
                 kind="reference")
        elif form == 2:
            case("ru", "ru ref: Т. N. С. M.", f"{au} Собрание сочинений. Т. ",
                 L(str(R.randint(1, 12))), ". ", city, ", ", D(str(y), str(y), "year"), ". С. ",
                 N(str(p1), p1, "page"), ".", kind="reference")
        elif form == 3:
            case("ru", "ru ref: Полн. собр. соч. 5-е изд. Т. 45. С. N.",
                 "Ленин В. И. Полн. собр. соч. ", L("5-е", ok=[5]), " изд. Т. ",
                 L(str(R.randint(1, 55))), ". С. ", N(str(p1), p1, "page"), ".", kind="reference")
        elif form == 4:
            case("ru", "ru ref: Там же. С. N.", "Там же. С. ", N(str(p1), p1, "page"), ".",
                 kind="reference")
        elif form == 5:
            case("ru", "ru ref: Изд. 2-е, испр. и доп. М., YYYY.", f"{au} Очерки. Изд. ",
                 L(f"{R.randint(2, 5)}-е", ok=[2, 3, 4, 5]), ", испр. и доп. ", city, ", ",
                 D(str(y), str(y), "year"), ". ", N(f"{p1} с.", p1, "page"), kind="reference")
        elif form == 6:
            case("ru", "ru ref: Вып. N. Л., YYYY. (Л. = Ленинград)", f"{au} Труды. Вып. ",
                 L(str(num)), ". Л., ", D(str(y), str(y), "year"), ". С. ",
                 RG(f"{p1}–{p2}", p1, p2, "page"), ".", kind="reference")
        elif form == 7:
            case("ru", "ru ref: Кн. N. Ч. M.", f"{au} Дневники. Кн. ", L(str(R.randint(1, 4))),
                 ". Ч. ", L(str(R.randint(1, 3))), ". ", city, ", ", D(str(y), str(y), "year"), ".",
                 kind="reference")
        else:
            d = rdate(R, 2005, 2023)
            case("ru", "ru ref: (дата обращения: DD.MM.YYYY)", "URL: http://example.ru/doc ",
                 "(дата обращения: ",
                 D(f"{d.day:02d}.{d.month:02d}.{d.year}", d.isoformat(), "day"), ").",
                 kind="reference")
    # in-text references
    for _ in range(int(20 * K)):
        p1 = R.randint(10, 600)
        p2 = p1 + R.randint(2, 40)
        form = R.randrange(3)
        if form == 0:
            case("ru", "ru cite: (см.: с. A–B)", "Эти данные спорны (см.: ",
                 RG(f"с. {p1}–{p2}", p1, p2, "page"), ").")
        elif form == 1:
            y = R.randint(1960, 2015)
            case("ru", "ru cite: [Иванов, YYYY, с. N]", "Эти данные спорны [Иванов, ",
                 D(str(y), str(y), "year"), ", с. ", N(str(p1), p1, "page"), "].")
        else:
            case("ru", "ru cite: footnote marker [N]", f"{A().capitalize()} {V()} {P()}.",
                 Z(f"[{R.randint(1, 150)}]"), " Потери были велики.")
    # ---- 15. decades, centuries, BC ---------------------------------------------------------
    for _ in range(int(45 * K)):
        form = R.randrange(10)
        c = R.randint(12, 20)
        dec = R.choice([x * 10 for x in range(181, 200) if x % 10])
        rc = roman_str(c)
        if form == 0:
            case("ru", "ru decade: в 1920-е гг.", "В ",
                 D(f"{dec}-е гг.", f"{dec // 10}X", "decade"), " население выросло.")
        elif form == 1:
            case("ru", "ru decade: в 20-е годы", "В ",
                 D(f"{dec % 100}-е годы", f"XX{dec % 100 // 10}X",
                                                      "decade"), " город вырос.")
        elif form == 2:
            case("ru", "ru century: в XVIII в.", "В ", D(f"{rc} в.", f"{c-1:02d}XX", "century"),
                 " город пришёл в упадок.")
        elif form == 3:
            case("ru", "ru century: в нач. XX в.", "В нач. ", D(f"{rc} в.", f"{c-1:02d}XX",
                                                               "century"), " завод расширился.")
        elif form == 4:
            case("ru", "ru century: во второй половине XIX в.", F("Во второй"), " половине ",
                 D(f"{rc} в.", f"{c-1:02d}XX", "century"), " торговля выросла.")
        elif form == 5:
            case("ru", "ru decade: в середине 1950-х гг.", "В середине ",
                 D(f"{dec}-х гг.", f"{dec // 10}X", "decade"), " началась оттепель.")
        elif form == 6:
            case("ru", "ru decade: в 20-х гг. XX в.", "В ",
                 D(f"{dec % 100}-х гг. {roman_str(dec // 100 + 1)} в.", f"{dec // 10}X", "decade"),
                 " возникли артели.")
        elif form == 7:
            y = R.randint(50, 800)
            case("ru", "ru BC: в N г. до н. э.", "Город основан в ",
                 D(f"{y} г. до н. э.", f"-{y-1:04d}", "year"), ".")
        elif form == 8:
            cc = R.randint(2, 9)
            case("ru", "ru BC: в V в. до н. э.", "В ", D(f"{roman_str(cc)} в. до н. э.",
                 f"-{cc-1:02d}XX", "century"), " здесь жили скифы.")
        else:
            case("ru", "ru century: XIV–XV вв.", "Памятники ",
                 D(f"{roman_str(c-1)}–{rc} вв.", f"{c-2:02d}XX/{c-1:02d}XX", "century"),
                 " сохранились.")
    # ---- 16. economic and seasonal years ---------------------------------------------------
    for _ in range(int(20 * K)):
        y = R.randint(1900, 1990)
        form = R.randrange(3)
        if form == 0:
            case("ru", "ru season: в YYYY/YY хозяйственном году", "В ",
                 D(f"{y}/{str(y+1)[2:]}", f"{y}/{y+1}", "year"), " хозяйственном году урожай упал.")
        elif form == 1:
            case("ru", "ru season: зимой YYYY/YY г.", "Зимой ",
                 D(f"{y}/{str(y+1)[2:]} г.", f"{y}/{y+1}", "year"), " начался голод.")
        else:
            case("ru", "ru season: урожай YYYY/YYYY г.", "Урожай ",
                 D(f"{y}/{y+1} г.", f"{y}/{y+1}", "year"), " был низким.")
    # ---- 17. codes, addresses --------------------------------------------------------------
    codes = [("Тел. ", "8 (495) 123-45-67"), ("тел. ", "123-45-67"), ("ISSN ", "0869-5687"),
             ("УДК ", "94(47).084"), ("ББК ", "63.3(2)6"), ("Индекс ", "101000"),
             ("Адрес: ", "ул. Ленина, д. 5, кв. 12"), ("Адрес: ", "Москва, Красная пл., д. 1"),
             ("Шифр ", "ОР РГБ. Ф. 218. К. 1245. Ед. хр. 3"), ("Инв. № ", "1945"),
             ("Рег. № ", "12/1943"), ("Дело № ", "1941/12"), ("Протокол № ", "3/1937"),
             ("Шифр ", "Р-1945"), ("Адрес: ", "пр. Мира, 1941"),
             ("Индекс ", "190000"), ("ОКПО ", "00032537")]
    for pre, code in codes:
        flag = "ref NN/YYYY" if "/" in code and any(x in code for x in ("1943", "1941",
                                                                        "1937")) else None
        case("ru", "ru code: телефон/ISSN/УДК/адрес/шифр", pre, L(code, flag=flag, unit_ok=True),
             " указан в описи.")
    # ---- 18. temperatures, scores, times ------------------------------------------------------
    for _ in range(int(30 * K)):
        t = R.randint(5, 45)
        form = R.randrange(8)
        d = rdate(R, 1900, 1990)
        if form == 0:
            case("ru", "ru temp: −N °С", "Температура опустилась до ",
                 N(f"−{t} °С", -t, "celsius"), ".")
        elif form == 1:
            case("ru", "ru temp: мороз N градусов", "Мороз достигал ",
                 N(f"{t} градусов", t, flag="мороз N градусов: negative?"), ".")
        elif form == 2:
            case("ru", "ru score: со счётом A:B", "Матч закончился со счётом ",
                 L(f"{R.randint(1,5)}:{R.randint(0,4)}"), ".")
        elif form == 3:
            a, b = R.randint(200, 400), R.randint(50, 199)
            case("ru", "ru vote: A голосами против B", "Закон принят ",
                 L(f"{a} голосами против {b}"), ".")
        elif form == 4:
            case("ru", "ru time: в HH:MM", "Совещание началось в ",
                 L(f"{R.randint(8, 22)}:{R.choice(['00', '15', '30', '45'])}"), " ",
                 D(g(d), d.isoformat(), "day"), ".")
        elif form == 5:
            case("ru", "ru time: в H ч MM мин", "Наступление началось в ",
                 L(f"{R.randint(1, 9)} ч {R.choice(['15', '30', '45'])} мин", unit_ok=True),
                 " по московскому времени.")
        elif form == 6:
            hh = R.randint(1, 9)
            case("ru", "ru time: в HH.MM (dotted)", "Наступление началось в ",
                 L(f"{hh:02d}.{R.choice(['00', '15', '30', '45'])}"), " по московскому времени.")
        else:
            case("ru", "ru temp: −N° (no C)", "Ночью было ", N(f"−{t}°", -t), ".")
    # ---- 19. years as names, and Roman numerals ---------------------------------------------
    names = [("Отечественная война ", D("1812 года", "1812", "year"), " стала легендой."),
             ("", L("Хартия 77", flag="year-like name"), " объединила диссидентов."),
             ("", L("XX съезд", ok=[20]), " КПСС осудил культ личности."),
             ("Программа ", L("«500 дней»", flag="name with a count"), " была отвергнута."),
             ("Игры ", L("Олимпиады-80", flag="year-like name"), " прошли в Москве."),
             ("", L("Пётр I", ok=[1]), " основал Петербург."),
             ("", L("Екатерина II", ok=[2]), " расширила империю."),
             ("", L("Николай II", ok=[2]), " отрёкся от престола."),
             ("В гл. ", L("IV", ok=[4]), " описан голод."),
             ("В ч. ", L("II", ok=[2]), " приведены таблицы."),
             ("", L("Ту-144", flag=None), " совершил испытательный полёт."),
             ("", L("Стратегия-2020", flag="year-like name"), " была принята."),
             ("Фильм ", L("«Москва — Кассиопея»"), " вышел."),
             ("Группа ", L("«Кино»"), " распалась.")]
    for pre, slot, post in names:
        case("ru", "ru name: year-like names, regnal numbers", pre, slot, post)
    # ---- 20. words containing number roots ------------------------------------------------
    words = ["Тройки НКВД", "Пятаков", "Сорокин", "Третьяков", "Семичастный", "Девятаев",
             "Сотников", "Десятов", "Первухин", "Шестаков", "Семибоярщина", "Двоевластие",
             "Тройственный союз", "Пятилетка", "Первомай", "Четвертак", "Полвека", "Полгода",
             "Однажды он", "Семёнов", "Тысячник", "Столыпин", "Девятов", "Одинцов", "Двинск",
             "Трёхгорка", "Семипалатинск", "Пятигорск", "Сорочинцы", "Тройственное согласие",
             "Первая мировая война", "Вторая мировая война", "Третий рейх"]
    for w in words:
        if w.startswith(("Первая", "Вторая", "Третий")):
            case("ru", "ru word with a number root", L(w, ok=[1, 2, 3]), " изменила Европу.")
        else:
            case("ru", "ru word with a number root", ND(w, flag="word with a number root")
                 if w in ("Пятилетка", "Полвека", "Полгода", "Тройки НКВД", "Двоевластие",
                          "Тройственный союз", "Тройственное согласие", "Четвертак")
                 else Z(w), " упоминается в документах.")
    # month words as names/adjectives
    mw = [("Ю. О. ", "Мартов", "name"), ("", "Майдан", "place"), ("", "Октябрьский район", "adj"),
          ("", "Февральская революция", "event"), ("", "Апрельские тезисы", "event"),
          ("", "Майский", "surname"), ("Императрица ", "Августа", "name"),
          ("", "Декабристы", "event"), ("", "Июльские дни", "event"),
          ("Проспект ", "Октября", "street"), ("", "Мартынов", "surname"),
          ("Улица ", "8 Марта", "street")]
    for pre, w, t in mw:
        if w == "8 Марта":
            case("ru", "ru month word in a name", pre, OD(w, "XXXX-03-08", "day",
                 flag="holiday/street name"), " переименована.")
        elif t == "event" and w not in ("Декабристы",):
            case("ru", "ru month word in a name", pre, OD(w, {"Февральская революция": "XXXX-02",
                                                             "Апрельские тезисы": "XXXX-04",
                                                             "Июльские дни": "XXXX-07"}[w],
                 "month", flag="event named by month"), " упоминаются в источниках.")
        else:
            case("ru", "ru month word in a name", pre, Z(w), " упоминается в источниках.")
    # ---- 21. counts beside years ------------------------------------------------------------
    for _ in range(int(30 * K)):
        y = R.randint(1800, 1990)
        v = R.randint(1100, 1999)
        noun, unit = R.choice(PEOPLE)
        form = R.randrange(4)
        if form == 0:
            case("ru", "ru count like a year: В YYYY г. NNNN человек", "В ",
                 D(f"{y} г.", str(y), "year"), " ", N(str(v), v), f" {noun} погибли.")
        elif form == 1:
            case("ru", "ru count like a year: NNNN человек (alone)", "Всего ", N(str(v), v),
                 f" {noun}.")
        elif form == 2:
            case("ru", "ru count like a year: В YYYY NNNN (no г.)", "В ", D(str(y), str(y), "year"),
                 " погибли ", N(str(v), v), f" {noun}.")
        else:
            case("ru", "ru year number side: война YYYY года", "Война ",
                 D(f"{y} года", str(y), "year"), " началась внезапно.")
    # ---- 22. fractions ---------------------------------------------------------------------
    fr = [("", "Две трети", 2 / 3, " армии погибли."), ("", "Треть", 1 / 3, " населения бежала."),
          ("", "Четверть", 0.25, " урожая была потеряна."),
          ("Погибла ", "1/3", 1 / 3, " населения."), ("", "Три четверти", 0.75, " сёл сожжено."),
          ("Каждый ", "пятый", 5, " погиб.")]
    for pre, s, v, post in fr:
        case("ru", "ru fraction in prose", pre, N(s, v), post)
    # ---- 23. captions, titles, boilerplate --------------------------------------------------
    for _ in range(int(25 * K)):
        y = R.randint(1890, 1990)
        form = R.randrange(6)
        if form == 0:
            case("ru", "ru caption: Рис. N. Москва в YYYY г.", "Рис. ", L(str(R.randint(1, 40))),
                 ". Москва в ", D(f"{y} г.", str(y), "year"), kind="caption")
        elif form == 1:
            case("ru", "ru caption: Табл. N. Экспорт в YYYY–YYYY гг. (млн т)", "Табл. ",
                 L(str(R.randint(1, 40))), ". Экспорт хлеба в ", D(f"{y}–{y+4} гг.", f"{y}/{y+4}",
                                                                  "year"), " (млн т)",
                 kind="caption")
        elif form == 2:
            case("ru", "ru title: Тема. YYYY–YYYY гг.", "Голод в Поволжье. ",
                 D(f"{y}–{y+1} гг.", f"{y}/{y+1}", "year"), kind="title")
        elif form == 3:
            case("ru", "ru boilerplate: © Изд., YYYY", "© Издательство «Наука», ",
                 D(str(y + 20), str(y + 20), "year"), kind="boilerplate")
        elif form == 4:
            case("ru", "ru boilerplate: Стр. N из M", "Стр. ",
                 L(str(R.randint(1, 9)), unit_ok=True), " из ",
                 L(str(R.randint(10, 400)), unit_ok=True), kind="boilerplate")
        else:
            d = rdate(R, 2005, 2022)
            case("ru", "ru boilerplate: Последнее изменение: DD.MM.YYYY",
                 "Последнее изменение страницы: ",
                 D(f"{d.day:02d}.{d.month:02d}.{d.year}", d.isoformat(), "day"),
                 kind="boilerplate")
    # ---- 24. relative --------------------------------------------------------------------
    for s in ["в следующем году", "в том же году", "на следующий день", "годом ранее",
              "через два года", "в прошлом году"]:
        case("ru", "ru relative: в следующем году", f"{A().capitalize()} {V()} {P()} ", REL(s), ".")
    build_extra(R)


_ROM = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
        (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman_str(n):
    out = ""
    for v, s in _ROM:
        while n >= v:
            out += s
            n -= v
    return out


def build_extra(R):
    # ---- 25. idioms with один/первый -------------------------------------------------------
    idioms = [("", "Во-первых", ", армия была слаба.", "во-первых: ordinal?"),
              ("", "Во-вторых", ", не хватало хлеба.", "во-вторых: ordinal?"),
              ("", "С одной стороны", ", реформы шли.", None),
              ("", "Ни один", " солдат не выжил.", None),
              ("", "Один за другим", " полки сдавались.", None),
              ("", "Одни", " бежали, другие остались.", None),
              ("", "Одновременно", " началось наступление.", None),
              ("", "Однажды", " в штаб пришёл приказ.", None),
              ("", "Первое время", " было тяжело.", "первое время: ordinal?"),
              ("Он был ", "одним из", " лидеров партии.", "один из: a count of one?"),
              ("Они помогали ", "друг другу", ".", None),
              ("Это был ", "однопартийный", " режим.", None),
              ("", "Одна", " из причин — неурожай.", "одна из: a count of one?"),
              ("В ", "одночасье", " всё изменилось.", None),
              ("", "Ни одного", " выстрела не прозвучало.", None)]
    for pre, w, post, flag in idioms:
        case("ru", "ru idiom: во-первых / ни один / одни / с одной стороны", pre, Z(w, flag=flag),
             post)
    # ---- 26. economic series ---------------------------------------------------------------
    for _ in range(int(40 * K)):
        y1 = R.randint(1880, 1950)
        y2 = y1 + R.randint(5, 30)
        a = R.randint(11, 40) * 100
        b = a + R.randint(5, 40) * 100
        form = R.randrange(6)
        if form == 0:
            case("ru", "ru series: с X т в Y1 г. до Z т в Y2 г.", "Производство выросло с ",
                 N(f"{a}", a, tag="т (tonne) after a bare figure"), " т в ",
                 D(f"{y1} г.", str(y1), "year"), " до ", N(f"{b}", b), " т в ",
                 D(f"{y2} г.", str(y2), "year"))
        elif form == 1:
            case("ru", "ru series: с X млн т в Y1 г. до Z млн т в Y2 г.",
                 "Выплавка стали выросла с ", N(f"{a / 100:g} млн".replace(".", ","), a * 1e4),
                 " т в ",
                 D(f"{y1} г.", str(y1), "year"), " до ",
                 N(f"{b / 100:g} млн".replace(".", ","), b * 1e4), " т в ",
                 D(f"{y2} г.", str(y2), "year"), ".")
        elif form == 2:
            case("ru", "ru series: Y1 г. — X млн; Y2 г. — Z млн", "Население: ",
                 D(f"{y1} г.", str(y1), "year"), " — ",
                 N(f"{a / 10:g} млн".replace(".", ","), a * 1e5), "; ",
                 D(f"{y2} г.", str(y2), "year"), " — ", N(f"{b / 10:g} млн".replace(".", ","),
                                                               b * 1e5), ".")
        elif form == 3:
            case("ru", "ru series: индекс (YYYY г. = 100)", "Реальная зарплата составила ",
                 N(f"{a // 20} %", a // 20, "percent"), " (", D(f"{y1} г.", str(y1), "year"), " = ",
                 N("100", 100), ").")
        elif form == 4:
            case("ru", "ru series: в Y1 г. — X чел., в Y2 г. — Z чел.", "В ",
                 D(f"{y1} г.", str(y1), "year"), " — ", N(f"{a} чел.", a, "person"), ", в ",
                 D(f"{y2} г.", str(y2), "year"), " — ", N(f"{b} чел.", b, "person"), ".")
        else:
            case("ru", "ru series: с X (Y1) до Z (Y2)", "Число рабочих выросло с ",
                 N(f"{a}", a), " (", D(str(y1), str(y1), "year"), ") до ", N(f"{b}", b), " (",
                 D(str(y2), str(y2), "year"), ").")
    # ---- 27. counts of people with nouns outside the people list, beside years ----------
    nouns = ["рабочих", "крестьян", "беженцев", "заключённых", "казаков", "студентов", "матросов",
             "дворов", "хозяйств", "винтовок", "лошадей", "пудов"]
    for _ in range(int(40 * K)):
        v = R.randint(1050, 1990)
        n = R.choice(nouns)
        form = R.randrange(4)
        if form == 0:
            case("ru", "ru count like a year: около NNNN +noun", "Около ", N(str(v), v),
                 f" {n} погибли.")
        elif form == 1:
            case("ru", "ru count like a year: NNNN—NNNN +noun", "Отряд насчитывал ",
                 RG(f"{v}—{v+100}", v, v + 100), f" {n}.")
        elif form == 2:
            case("ru", "ru count like a year: свыше NNNN +noun", "",
                 RG(f"Свыше {v}", v, None), f" {n} были высланы.")
        else:
            case("ru", "ru count like a year: до NNNN +noun (max)", "Было захвачено ",
                 RG(f"до {v}", None, v), f" {n}.")
    # ---- 28. footnote numbers glued ----------------------------------------------------------
    for _ in range(int(20 * K)):
        y = R.randint(1800, 1990)
        fn = R.randint(1, 99)
        form = R.randrange(3)
        if form == 0:
            case("ru", "ru footnote glued: ... в YYYY г.NN", "Армия распалась в ",
                 D(f"{y} г.", str(y), "year"), Z(str(fn)), " Следующая зима была хуже.")
        elif form == 1:
            case("ru", "ru footnote glued: ... в YYYY году.NN", "Армия распалась в ",
                 D(f"{y} году", str(y), "year"), Z(f".{fn}"), " Следующая зима была хуже.")
        else:
            v = R.randint(2, 90)
            case("ru", "ru footnote glued: ... N тыс. человек.NN", "Было выселено ",
                 N(f"{v} тыс.", v * 1000, "person"), " человек", Z(f".{fn}"), " Многие умерли.")
    # ---- 29. measures ----------------------------------------------------------------------
    for _ in range(int(25 * K)):
        form = R.randrange(6)
        if form == 0:
            v = R.choice([76, 122, 152, 45])
            case("ru", "ru measure: N-мм пушка", "Танк был вооружён ",
                 N(f"{v}-мм", v, "millimeter"), " пушкой.")
        elif form == 1:
            v = R.randint(10, 900)
            case("ru", "ru measure: N км", "Фронт растянулся на ", N(f"{v} км", v, "kilometer"),
                 ".")
        elif form == 2:
            v = R.choice(["9,2", "4,5", "12"])
            case("ru", "ru measure: N млн т", "Экспорт хлеба составил ",
                 N(f"{v} млн т", float(v.replace(",", ".")) * 1e6, "tonne"), ".")
        elif form == 3:
            v = R.randint(2, 90)
            case("ru", "ru measure: N тыс. га", "Посевы заняли ",
                 N(f"{v} тыс. га", v * 1000, "hectare"), ".")
        elif form == 4:
            v = R.randint(50, 900)
            case("ru", "ru measure: N пудов", "Собрали ", N(f"{v} пудов", v), " хлеба.")
        else:
            v = R.randint(2, 90)
            case("ru", "ru measure: N вёрст", "До города было ", N(f"{v} вёрст", v), ".")
