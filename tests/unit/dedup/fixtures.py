"""Tiny German and English articles written for the dedup tests (a wire story and what outlets made of it)."""

from __future__ import annotations

import datetime as dt

from storyline.model import Article, Line

WIRE = (
    "HAMBURG (nw) – Die Gewerkschaft Hafenunion Nord hat am Dienstag den Containerumschlag im Hamburger "
    "Hafen mit einem Warnstreik weitgehend lahmgelegt. Mehr als 3.000 Beschäftigte legten die Arbeit nieder.\n"
    "„Wir sind nicht mehr bereit, die Inflation allein zu bezahlen“, sagte die Vorsitzende Katrin Lorenzen "
    "vor dem Terminal Waltershof. Die Gewerkschaft fordert 9,5 Prozent mehr Lohn für zwölf Monate.\n"
    "Der Verband der Hafenbetriebe Nord hatte 4,2 Prozent angeboten. Verhandlungsführerin Sabine Quast nannte "
    "den Streik unverhältnismäßig. Die Arbeitgeber seien aber weiter gesprächsbereit.\n"
    "Die Elbtainer AG rechnet mit Verzögerungen bis zum Wochenende. Vorstandschef Matthias Keller sagte, "
    "mehrere Schiffe würden nach Bremerhaven oder Rotterdam umgeleitet. Die nächste Runde ist am 23. Juni."
)
NEAR = WIRE.replace("Vorstandschef Matthias Keller", "Hr Keller").replace("bis zum Wochenende", "bis Sonntag")
PARTIAL = "\n".join(WIRE.split("\n")[:2])
REWRITE = (
    "Im Tarifkonflikt an der Elbe erhöht die Gewerkschaft den Druck: Seit Dienstag streiken im Hamburger "
    "Hafen mehr als 3.000 Beschäftigte der Hafenunion Nord.\n"
    "Die Gewerkschaft verlangt 9,5 Prozent mehr Lohn. Gewerkschaftschefin Katrin Lorenzen begründete das mit "
    "der Inflation, die man nicht allein bezahlen wolle. Die Hafenbetriebe hatten 4,2 Prozent geboten.\n"
    "Die Gespräche sollen am 23. Juni weitergehen. Elbtainer-Chef Matthias Keller rechnet damit, dass "
    "Schiffe nach Bremerhaven oder Rotterdam ausweichen."
)
UNRELATED = (
    "KÖLN – Der Stadtrat hat am Abend den Neubau eines Stadions am Rheinufer beschlossen. Die Kosten werden "
    "auf 310 Millionen Euro geschätzt.\n"
    "Oberbürgermeisterin Petra Hansen sprach von einem historischen Tag für die Stadt. Die Opposition kündigte "
    "eine Klage gegen die Bürgschaft an."
)
ENGLISH = (
    "HAMBURG – Germany's largest port ground to a near halt on Monday as dock workers began a 48-hour "
    "walkout, the biggest in the history of the Hafenunion Nord union.\n"
    "Nearly 60 container vessels were waiting at anchor in the German Bight by midday, according to "
    "ship-tracking data. Some carriers have already diverted cargo to Antwerp.\n"
    "\"Our patience has run out,\" union leader Katrin Lorenzen told reporters. The union is seeking a "
    "12 percent pay rise, while employers say anything above 5 percent would cost 1,200 jobs."
)
TRANSLATION = (
    "HAMBURG – Deutschlands größter Hafen kam am Montag nahezu zum Stillstand, als Hafenarbeiter einen "
    "48-Stunden-Streik begannen, den größten in der Geschichte der Hafenunion Nord Gewerkschaft.\n"
    "Fast 60 Containerschiffe warteten bis Mittag vor Anker in der Deutschen Bucht, laut "
    "Schiffsverfolgungsdaten. Einige Reeder haben bereits Fracht nach Antwerp umgeleitet.\n"
    "\"Unsere Geduld ist am Ende,\" Gewerkschaftsführerin Katrin Lorenzen sagte Reportern. Die Gewerkschaft "
    "sucht eine 12 Prozent Lohnerhöhung, während Arbeitgeber sagen, alles über 5 Prozent würde 1,200 Jobs kosten."
)
FARM_LINES = ["Mehr über Lukas Steinmetz", "Student. Popkultur-Liebhaber. Web-Praktiker.", "Lesen Sie auch: X",
              "Lesen Sie auch: Y", "Kommentar verfassen", "Artikel teilen"]
FARM_REASONS = ["fake_author_bio", "fake_author_bio", "read_also", "read_also", "comments_widget", "share_ui"]
T0 = dt.datetime(2022, 6, 14, 8, 45, tzinfo=dt.UTC)


def article(aid: str, text: str, outlet: str, hours: float | None, language: str = "de",
            cited: tuple[str, ...] = (), farm: bool = False, byline: str | None = None) -> Article:
    """A cleaned article: ``text`` as clean text, farm boilerplate as removed lines when ``farm``."""
    lines = [Line(index=i, text=t) for i, t in enumerate(text.split("\n"))]
    if farm:
        lines += [Line(index=len(lines) + i, text=t, kept=False, reason=r)
                  for i, (t, r) in enumerate(zip(FARM_LINES, FARM_REASONS, strict=True))]
    return Article(id=aid, path=f"{aid}.txt", outlet=outlet, language=language, raw_text=text, text=text,
                   lines=lines, published=None if hours is None else T0 + dt.timedelta(hours=hours),
                   cited_sources=list(cited), byline=byline)


def corpus() -> list[Article]:
    """A wire story, its copies at two farms, a regional rewrite, an English report and its German MT."""
    return [
        article("a-wire", WIRE, "Nordwire", 0, cited=("nw",)),
        article("a-wire2", UNRELATED, "Nordwire", 30, cited=("nw",)),
        article("b-exact", WIRE, "Klickreport", 3, cited=("nw",)),
        article("c-near", NEAR, "Nachrichten Heute 24", 5, farm=True),
        article("d-partial", PARTIAL, "Klickreport", 8, farm=True, cited=("Nordwire",)),
        article("e-rewrite", REWRITE, "Rheinische Rundschau", 4, byline="Nora Falk"),
        article("f-english", ENGLISH, "The Harbour Times", -20, language="en", byline="Tom Ashcroft"),
        article("g-translation", TRANSLATION, "InfoBlitz", -12, farm=True),
    ]
