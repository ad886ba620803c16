"""Dates: parsing the ones editors write, the date a build treats as today,
adding months, and writing dates as readers of each language expect them."""

from __future__ import annotations

import calendar
import datetime as dt

MONTHS = {
    "da": [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def as_date(value: object) -> dt.date | None:
    """A date from front matter or data (YAML gives a date; a quoted one is a
    string), or None if it is not one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def build_date(setting: object, clock: dt.date) -> dt.date | None:
    """The date a build treats as today: the pinned date (`extra.today`, set by
    KB_TODAY) if there is one, else ``clock`` (the system's date); None if the
    pinned date is not a date."""
    return as_date(setting) if setting not in (None, "") else clock


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day where it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def long_date(day: dt.date, lang: str) -> str:
    """'30. november 2026' (da), '30 November 2026' (en, UK style)."""
    month = MONTHS[lang][day.month - 1]
    return f"{day.day}. {month} {day.year}" if lang == "da" else f"{day.day} {month} {day.year}"
