"""Calendar arithmetic for date resolution: periods (day to century), shifts and ISO values."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Literal

from storyline.model import Granularity

Part = Literal["start", "mid", "end"]
Tense = Literal["past", "future"]


@dataclass(frozen=True)
class Period:
    """A calendar period with the granularity it was named at (inclusive start and end days)."""

    start: dt.date
    end: dt.date
    granularity: Granularity

    def value(self) -> str:
        """ISO value at the coarsest precision that states the period exactly.

        A day, month or year when the period is exactly that; whole months as "2023-06/2023-08"
        (season, quarter, "Ende 2024"); whole years as "1990/1999"; else days "2024-03-01/2024-03-10".
        The sample gold (samples/FORMAT.md) writes values this way.
        """
        s, e = self.start, self.end
        if s == e and self.granularity == "day":
            return s.isoformat()
        whole_months = s.day == 1 and e == month_end(e.year, e.month)
        whole_years = whole_months and (s.month, e.month) == (1, 12)
        if self.granularity == "week" or not whole_months:
            return f"{s.isoformat()}/{e.isoformat()}"
        if whole_years:
            return f"{s.year:04d}" if s.year == e.year else f"{s.year:04d}/{e.year:04d}"
        if (s.year, s.month) == (e.year, e.month):
            return f"{s.year:04d}-{s.month:02d}"
        return f"{s.year:04d}-{s.month:02d}/{e.year:04d}-{e.month:02d}"


def month_end(year: int, month: int) -> dt.date:
    """Last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def day(d: dt.date) -> Period:
    """One day."""
    return Period(d, d, "day")


def month(year: int, m: int) -> Period:
    """One calendar month."""
    return Period(dt.date(year, m, 1), month_end(year, m), "month")


def year(y: int) -> Period:
    """One calendar year."""
    return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")


def week_of(d: dt.date) -> Period:
    """The Monday-to-Sunday week containing a day (ISO weeks, as German calendars count)."""
    monday = d - dt.timedelta(days=d.weekday())
    return Period(monday, monday + dt.timedelta(days=6), "week")


def weekend_of(d: dt.date) -> Period:
    """Saturday and Sunday of the week containing a day."""
    saturday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5)
    return Period(saturday, saturday + dt.timedelta(days=1), "week")


def quarter(y: int, q: int) -> Period:
    """Calendar quarter 1-4."""
    first = 3 * (q - 1) + 1
    return Period(dt.date(y, first, 1), month_end(y, first + 2), "quarter")


def half(y: int, h: int) -> Period:
    """Calendar half-year 1-2 (granularity 'quarter' is the nearest the model offers)."""
    first = 6 * (h - 1) + 1
    return Period(dt.date(y, first, 1), month_end(y, first + 5), "quarter")


def season(y: int, months: tuple[int, int]) -> Period:
    """A meteorological season of year ``y``; winter runs from December of ``y`` into the next year."""
    first, last = months
    end_year = y + 1 if last < first else y
    return Period(dt.date(y, first, 1), month_end(end_year, last), "season")


def decade(first_year: int) -> Period:
    """A decade such as the 1990s."""
    return Period(dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31), "decade")


def century(number: int) -> Period:
    """The n-th century as usage counts it ("20. Jahrhundert" = 1900-1999, TIMEX2 value "19")."""
    first = max(1, (number - 1) * 100)
    return Period(dt.date(first, 1, 1), dt.date(first + 99, 12, 31), "century")


def part_of(period: Period, part: Part) -> Period:
    """Start, middle or end of a period; keeps its granularity.

    A year's are three months (Jan-Mar, May-Jul, Oct-Dec: "Ende 2024" = 2024-10/2024-12 in the
    sample gold); other periods split in thirds ("Anfang März" = 1-10 March).
    """
    if period.granularity == "year":
        y = period.start.year
        first = {"start": 1, "mid": 5, "end": 10}[part]
        return Period(dt.date(y, first, 1), month_end(y, first + 2), "year")
    length = (period.end - period.start).days + 1
    third = max(1, length // 3)
    if part == "start":
        return Period(period.start, period.start + dt.timedelta(days=third - 1), period.granularity)
    if part == "mid":
        return Period(
            period.start + dt.timedelta(days=third), period.start + dt.timedelta(days=2 * third - 1),
            period.granularity,
        )
    return Period(period.start + dt.timedelta(days=2 * third), period.end, period.granularity)


def add_months(d: dt.date, n: int) -> dt.date:
    """Shift a day by whole months, clamping to the month's last day."""
    index = d.year * 12 + d.month - 1 + n
    y, m = divmod(index, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def unit_period(anchor: dt.date, unit: str, shift: int) -> Period:
    """The day/week/month/quarter/year ``shift`` units from the one containing ``anchor``."""
    if unit == "day":
        return day(anchor + dt.timedelta(days=shift))
    if unit == "week":
        return week_of(anchor + dt.timedelta(weeks=shift))
    if unit == "weekend":
        return weekend_of(anchor + dt.timedelta(weeks=shift))
    if unit == "month":
        d = add_months(anchor, shift)
        return month(d.year, d.month)
    if unit == "quarter":
        d = add_months(anchor, 3 * shift)
        return quarter(d.year, (d.month - 1) // 3 + 1)
    return year(anchor.year + shift)


def shift_day(d: dt.date, unit: str, n: int) -> dt.date:
    """The day ``n`` units (day, week, month, quarter, year) after ``d``; months clamp to their last day."""
    if unit in ("day", "week"):
        return d + dt.timedelta(days=n * (7 if unit == "week" else 1))
    return add_months(d, n * {"month": 1, "quarter": 3, "year": 12}.get(unit, 12))


def shift_reference(reference: Period, unit: str, n: int) -> Period:
    """Shift a reference by ``n`` units, keeping the finer of its granularity and the unit's."""
    d = reference.start
    if unit in ("day", "week"):
        return day(shift_day(d, unit, n)) if reference.granularity == "day" else unit_period(d, unit, n)
    target = shift_day(d, unit, n)
    if reference.granularity == "day":
        return day(target)
    if reference.granularity == "month" or unit != "year":
        return month(target.year, target.month)
    return year(target.year)


def weekday_near(anchor: dt.date, weekday: int, tense: Tense, strict: bool = False) -> dt.date:
    """The weekday on or before (past) / on or after (future) the anchor; ``strict`` excludes the anchor."""
    if tense == "past":
        back = (anchor.weekday() - weekday) % 7
        return anchor - dt.timedelta(days=back or (7 if strict else 0))
    ahead = (weekday - anchor.weekday()) % 7
    return anchor + dt.timedelta(days=ahead or (7 if strict else 0))


def year_for_month(anchor: dt.date, m: int, tense: Tense | None) -> int:
    """Year of a yearless month: latest not after the anchor (past), next not before (future)."""
    if tense == "future":
        return anchor.year if m >= anchor.month else anchor.year + 1
    return anchor.year if m <= anchor.month else anchor.year - 1


def year_for_day(anchor: dt.date, m: int, d: int, tense: Tense | None) -> int:
    """Year of a yearless day: by tense, else the one nearest the anchor (news name dates both ways)."""
    def safe(y: int) -> dt.date:
        return dt.date(y, m, min(d, calendar.monthrange(y, m)[1]))

    if tense == "past":
        return anchor.year if safe(anchor.year) <= anchor else anchor.year - 1
    if tense == "future":
        return anchor.year if safe(anchor.year) >= anchor else anchor.year + 1
    candidates = (anchor.year - 1, anchor.year, anchor.year + 1)
    return min(candidates, key=lambda y: abs((safe(y) - anchor).days))


def valid_day(y: int, m: int, d: int) -> dt.date | None:
    """The date, or None when it does not exist (31 June)."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None
