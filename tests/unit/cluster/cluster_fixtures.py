"""Tiny German and English articles about three happenings (two of one storyline, a year apart)."""

from __future__ import annotations

import datetime as dt

import numpy as np
from numpy.typing import NDArray

from storyline.model import Article


def art(aid: str, title: str, text: str, day: str, lang: str = "de", outlet: str = "nordwire") -> Article:
    """An article published at noon UTC on ``day``."""
    published = dt.datetime.fromisoformat(f"{day}T12:00:00+00:00")
    return Article(id=aid, path=f"{aid}.txt", title=title, raw_text=text, text=text, language=lang,
                   outlet=outlet, published=published)


STRIKE_2022 = [
    art("a1", "Warnstreik legt Hamburger Hafen lahm",
        "Die Gewerkschaft Hafenunion Nord hat den Containerumschlag im Hamburger Hafen mit einem Warnstreik "
        "gestoppt. Mehr als 3.000 Beschäftigte an den Terminals Waltershof und Steinwerder legten die Arbeit nieder.",
        "2022-06-14"),
    art("a2", "Hafenarbeiter in Hamburg im Ausstand",
        "Im Tarifkonflikt erhöht die Hafenunion Nord den Druck: In Waltershof und Steinwerder ruht der "
        "Containerumschlag, der Hamburger Hafen steht still.", "2022-06-14", outlet="elbkurier"),
    art("a3", "Warning strike halts Port of Hamburg",
        "Dock workers' union Hafenunion Nord stopped container handling at Hamburg's Waltershof and "
        "Steinwerder terminals with a warning strike.", "2022-06-15", lang="en", outlet="harbour-times"),
]
FIRE = [
    art("b1", "Großbrand bei Rheinchem in Altrip",
        "Bei der Rheinchem GmbH in Altrip ist ein Großbrand ausgebrochen. Die Feuerwehr warnt Anwohner vor "
        "Rauchgasen, Fenster und Türen sollen geschlossen bleiben.", "2022-06-15"),
    art("b2", "Chemiebrand in Altrip: Anwohner sollen Fenster schließen",
        "Nach dem Brand bei Rheinchem in Altrip warnt die Feuerwehr vor Rauchgasen über dem Rhein.",
        "2022-06-15", outlet="elbkurier"),
]
STRIKE_2023 = [
    art("c1", "Hafenunion Nord ruft zu 48-Stunden-Streik im Hamburger Hafen auf",
        "Ein Jahr nach dem ersten Warnstreik legt die Hafenunion Nord den Hamburger Hafen erneut lahm: "
        "48 Stunden ruht der Containerumschlag in Waltershof und Steinwerder.", "2023-08-21"),
    art("c2", "Erneut Streik im Hamburger Hafen",
        "Die Hafenunion Nord bestreikt die Terminals Waltershof und Steinwerder im Hamburger Hafen 48 Stunden lang.",
        "2023-08-22", outlet="elbkurier"),
]
ALL = STRIKE_2022 + FIRE + STRIKE_2023
GOLD_EVENT = {"a1": "strike22", "a2": "strike22", "a3": "strike22", "b1": "fire", "b2": "fire",
              "c1": "strike23", "c2": "strike23"}


class FakeEncoder:
    """A stand-in for the multilingual model: texts naming the port map near one direction, others elsewhere."""

    def encode(self, texts: list[str]) -> NDArray[np.float32]:
        """Unit vectors by topic word (Hafen/port vs Brand/fire)."""
        rows = []
        for text in texts:
            low = text.lower()
            vec = np.array([("hafen" in low or "port" in low) * 1.0, ("brand" in low or "fire" in low) * 1.0, 0.1],
                           dtype=np.float32)
            rows.append(vec / np.linalg.norm(vec))
        return np.stack(rows)

# Unrelated news of the same days, so terms shared by one happening's reports stand out (IDF).
BACKGROUND = [
    art(f"z{i}", title, text, day)
    for i, (title, text, day) in enumerate([
        ("Bundestag beschließt Haushalt", "Der Bundestag hat den Haushalt für das kommende Jahr beschlossen.",
         "2022-06-14"),
        ("Bayern gewinnt in Dortmund", "Der FC Bayern hat das Spitzenspiel in Dortmund mit 3:1 gewonnen.",
         "2022-06-15"),
        ("Inflation sinkt leicht", "Die Teuerung in der Eurozone ist im Mai leicht zurückgegangen.", "2022-06-16"),
        ("Neue Oper in Linz", "In Linz feiert eine neue Oper über den Komponisten Bruckner Premiere.", "2023-08-21"),
        ("Hitzewelle in Spanien", "Spanien meldet Temperaturen über 44 Grad und Waldbrände in Katalonien.",
         "2023-08-22"),
        ("Wahl in Schweden", "In Schweden liegt das bürgerliche Lager nach der Wahl knapp vorn.", "2022-06-13"),
    ])
]
