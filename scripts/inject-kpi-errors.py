#!/usr/bin/env python3
"""Injects the errors the core-KPI check (kpi-core-check.py) is run against into a generated council's extract.

Usage: inject-kpi-errors.py COUNCIL_DIR [--year 2025]
COUNCIL_DIR is a `generate --out` folder: it reads the YYYY-1..YY extract and last year's return beside it and
rewrites the extract in place. Deterministic: children are chosen in id order, no randomness. Prints what it
did by child id only. Standard library only.

Errors injected (each the care history of kpi-core.md must read correctly):
- absent: every row of 5 children with an open episode in last year's return is removed from this year's files
  (the child left the extract: looked after on no day of this year);
- unloadable: 4 children whose only episode row this year continues last year's open episode get a DECOM of
  31/02/YYYY, which the loader rejects (the child then has no episode this year);
- shifted: the DECOM of 4 episodes open at last 31 March is moved in this year's file (+3, -3, +5, -2 days;
  rule 502), on children in care at the end of the year with more than one episode;
- flagged but counted: an invalid PLACE code on 2 episodes open at the end of the year (previously foster
  care) and a blank HOME_POST on 2 open episodes placed over 20 miles away.
"""

import argparse
import csv
import datetime as dt
import math
import re
from pathlib import Path

FORMAT = "%d/%m/%Y"


def read(path):
	with open(path, newline="", encoding="utf-8-sig") as f:
		rows = list(csv.reader(f))
	return rows[0], rows[1:]


def write(path, header, rows):
	with open(path, "w", newline="", encoding="utf-8") as f:
		out = csv.writer(f, lineterminator="\n")
		out.writerow(header)
		out.writerows(rows)


def date(text):
	try:
		return dt.datetime.strptime(text, FORMAT).date()
	except ValueError:
		return None


def grid(postcodes_csv):
	lookup = {}
	with open(postcodes_csv, newline="", encoding="utf-8-sig") as f:
		for row in csv.DictReader(f):
			lookup[row["pcd"].replace(" ", "").upper()] = (float(row["oseast1m"]), float(row["osnrth1m"]))
	return lookup


def main():
	parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
	parser.add_argument("council")
	parser.add_argument("--year", type=int, default=2025)
	args = parser.parse_args()
	y = args.year
	council = Path(args.council)
	extract = council / f"{y - 1}-{y % 100:02d}"
	previous = council / f"{y - 2}-{(y - 1) % 100:02d}"
	last_end, end = dt.date(y - 1, 3, 31), dt.date(y, 3, 31)

	header, episodes = read(extract / "episodes.csv")
	col = {name: i for i, name in enumerate(header)}
	_, last_episodes = read(previous / "episodes.csv")
	open_last = sorted({r[col["CHILD"]] for r in last_episodes if r[col["DEC"]] == ""})
	by_child = {}
	for r in episodes:
		by_child.setdefault(r[col["CHILD"]], []).append(r)

	def open_at(r, day):
		decom, dec = date(r[col["DECOM"]]), date(r[col["DEC"]])
		return decom is not None and decom <= day and (dec is None or dec > day)

	def in_care_at_end(child):
		return any(open_at(r, end) for r in by_child.get(child, []))

	# Children continuing last year's open episode, in id order; each error takes its own children.
	continuing = [c for c in open_last if c in by_child]
	used = set()

	def take(candidates, n):
		chosen = [c for c in candidates if c not in used][:n]
		used.update(chosen)
		return chosen

	absent = take([c for c in continuing if in_care_at_end(c)], 5)
	unloadable = take([c for c in continuing if len(by_child[c]) == 1], 4)
	shifted = take([c for c in continuing if in_care_at_end(c) and len(by_child[c]) > 1
			and any(open_at(r, last_end) and (date(r[col["DEC"]]) is None
					or (date(r[col["DEC"]]) - date(r[col["DECOM"]])).days > 10) for r in by_child[c])], 4)
	for child, days in zip(shifted, (3, -3, 5, -2)):
		for r in by_child[child]:
			if open_at(r, last_end):
				r[col["DECOM"]] = (date(r[col["DECOM"]]) + dt.timedelta(days=days)).strftime(FORMAT)
				break
	for child in unloadable:
		by_child[child][0][col["DECOM"]] = f"31/02/{y - 1}"

	def current(child):
		rows = [r for r in by_child[child] if open_at(r, end)]
		return max(rows, key=lambda r: date(r[col["DECOM"]])) if rows else None

	in_care = [c for c in sorted(by_child) if c not in used and current(c) is not None]
	fostered = take([c for c in in_care if current(c)[col["PLACE"]].startswith("U")], 2)
	for child in fostered:
		current(child)[col["PLACE"]] = "U9"
	lookup = grid(council / "postcodes.csv")

	def miles(r):
		a = lookup.get(r[col["HOME_POST"]].replace(" ", "").upper())
		b = lookup.get(r[col["PL_POST"]].replace(" ", "").upper())
		return None if a is None or b is None else math.dist(a, b) / 1000 / 1.6093

	far = take([c for c in in_care if (miles(current(c)) or 0) > 21], 2)
	for child in far:
		current(child)[col["HOME_POST"]] = ""

	write(extract / "episodes.csv", header, [r for r in episodes if r[col["CHILD"]] not in absent])
	for path in sorted(extract.glob("*.csv")):
		if path.name == "episodes.csv":
			continue
		file_header, rows = read(path)
		child_col = file_header.index("CHILD")
		kept = [r for r in rows if r[child_col] not in absent]
		if len(kept) != len(rows):
			write(path, file_header, kept)

	print("absent this year:", " ".join(absent))
	print(f"only episode unloadable (DECOM 31/02/{y - 1}):", " ".join(unloadable))
	print("DECOM of the episode open at last 31 March shifted (+3, -3, +5, -2 days):", " ".join(shifted))
	print("invalid PLACE U9 on the episode open at the end:", " ".join(fostered))
	print("blank HOME_POST on the episode open at the end (over 20 miles):", " ".join(far))


if __name__ == "__main__":
	main()
