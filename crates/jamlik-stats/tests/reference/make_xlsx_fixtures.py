"""Writes the XLSX fixtures in ../data/ (run once; not run in CI).

    python3 make_xlsx_fixtures.py

Needs openpyxl. The workbooks are committed, so the Rust tests never depend
on this script: it documents how they came to be.

- staff.xlsx: the same small staff table as staff.csv beside it, on the
  first sheet ("Palkat"), with numbers, a date, a text cell holding a number
  with a decimal comma, empty cells, a non-numeric pay and an error cell; a
  second sheet ("Titled") holds the same table under a title, its header on
  worksheet row 3.
"""

import datetime
from pathlib import Path

from openpyxl import Workbook

DATA = Path(__file__).resolve().parent.parent / "data"

HEADER = ["nimi", "sukupuoli", "palkka", "aloitus", "huom"]
ROWS = [
    ["Aino", "nainen", 3150.5, datetime.date(2019, 3, 1), "lähihoitaja"],
    ["Eero", "mies", 3400, datetime.date(2020, 8, 15), None],
    ["Helmi", "nainen", "3 275,25", datetime.date(2021, 1, 4), "ä ö å"],
    ["Ilkka", "mies", "puuttuu", datetime.date(2018, 6, 30), None],
    ["Jenni", "nainen", None, datetime.date(2022, 2, 28), "tyhjä palkka"],
    ["Kalle", "mies", "#DIV/0!", datetime.date(2017, 12, 31), None],
    ["Liisa", "nainen", 4012.75, datetime.datetime(2016, 5, 2, 8, 30), "aika"],
]


def csv_value(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(value, datetime.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    return str(value)


def main() -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Palkat"
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    titled = book.create_sheet("Titled")
    titled.append(["Henkilöstön palkat 2024"])
    titled.append([])
    titled.append(HEADER)
    for row in ROWS:
        titled.append(row)
    for ws in (sheet, titled):
        for cells in ws.iter_rows():
            for cell in cells:
                if cell.value == "#DIV/0!":
                    cell.data_type = "e"
    book.save(DATA / "staff.xlsx")
    lines = [";".join(HEADER)] + [";".join(csv_value(v) for v in row) for row in ROWS]
    (DATA / "staff.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
