#!/usr/bin/env python3
"""Independent calculation of the core KPIs of shared/spec/kpi-core.md for one collection year.

Written from the spec text alone, without reading the product's KPI code, so that agreement between the two
means something. Standard library only. Prints each KPI's numerator, denominator and value and, given the
run's kpi/kpi.csv, compares them with the run's overall rows for the collection year; exits 1 on any
difference. Only child ids are ever printed, never other field values.
"""

import argparse
import csv
import datetime as dt
import math
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

IN_SCOPE_EXCLUDED_LS = {"V3", "V4"}
FOSTER_PLACES = {"U1", "U2", "U3", "U4", "U5", "U6"}
TEMPORARY_PLACES = {"T0", "T1", "T2", "T3", "T4"}
EET_ACTIVITIES = {"F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5"}
CL02_EXCLUDED_IN_TOUCH = {"DIED", "RHOM"}
RETURNED_HOME = {"E4A", "E4B"}
KPI_ORDER = ["CLA-01", "CLA-03", "CLA-04", "UAS-01", "PLC-01", "STB-01", "LOC-02", "HLT-01", "MIS-01", "CL-02",
             "PRM-02"]
UK_DATE = re.compile(r"^(\d{2})/(\d{2})/(\d{4})$")
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


# ---------------------------------------------------------------- reading

def read_rejected(run_dir):
	"""(source file name, source line) of every row the loader rejected."""
	skipped = set()
	if run_dir is None:
		return skipped
	for path in sorted((Path(run_dir) / "rejected").glob("*.csv")):
		with open(path, newline="", encoding="utf-8-sig") as f:
			for row in csv.DictReader(f):
				skipped.add((Path(row["source_file"]).name.lower(), int(row["line"])))
	return skipped


def read_table(folder, name, date_columns, skipped=frozenset()):
	"""Rows of folder/name.csv as dicts (values stripped), leaving out the source lines in skipped.

	A record's line is the source line where it starts (header = line 1). Dates become datetime.date, or
	None when blank or not a valid date: a file whose dates are all yyyy-mm-dd is read as such, otherwise
	dd/mm/yyyy (contract.md, "Loading").
	"""
	path = Path(folder) / (name + ".csv")
	if not path.exists():
		return []
	rows = []
	with open(path, newline="", encoding="utf-8-sig") as f:
		reader = csv.reader(f)
		header = [h.strip().upper() for h in next(reader, [])]
		previous_end = reader.line_num
		for record in reader:
			start_line = previous_end + 1
			previous_end = reader.line_num
			if (path.name.lower(), start_line) in skipped:
				continue
			values = [v.strip() for v in record]
			while len(values) > len(header) and values[-1] == "":
				values.pop()
			if len(values) != len(header) or not any(values):
				continue
			row = dict(zip(header, values))
			row["_line"] = start_line
			rows.append(row)
	iso = all(ISO_DATE.match(r[c]) for r in rows for c in date_columns if c in r and r[c])
	for row in rows:
		for c in date_columns:
			if c in row:
				row[c] = parse_date(row[c], iso)
	return rows


def parse_date(text, iso):
	m = (ISO_DATE if iso else UK_DATE).match(text or "")
	if not m:
		return None
	try:
		if iso:
			return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
		return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
	except ValueError:
		return None


def code(row, column):
	return (row.get(column) or "").strip().upper()


def normalise_postcode(text):
	return re.sub(r"\s+", "", text or "").upper()


def read_postcodes(path):
	"""Normalised postcode -> (easting, northing) in metres; postcodes without a grid reference are left out."""
	lookup = {}
	if path is None:
		return lookup
	with open(path, newline="", encoding="utf-8-sig") as f:
		for row in csv.DictReader(f):
			row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
			try:
				grid = (float(row["oseast1m"]), float(row["osnrth1m"]))
			except (KeyError, ValueError):
				continue
			for column in ("pcd", "pcds"):
				if row.get(column):
					lookup[normalise_postcode(row[column])] = grid
	return lookup


# ---------------------------------------------------------------- arithmetic

def half_up(number, places=1):
	"""Half-up rounding of the shortest decimal form of number (20.05 -> 20.1, 20.04 -> 20.0)."""
	return Decimal(repr(number) if isinstance(number, float) else str(number)).quantize(
		Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def percentage(numerator, denominator):
	if denominator == 0:
		return None
	return half_up(Decimal(numerator) * 100 / Decimal(denominator))


def add_years(day, years):
	try:
		return day.replace(year=day.year + years)
	except ValueError:  # 29 February in a year without it
		return day.replace(year=day.year + years, day=28)


def distance_miles(lookup, home, placed):
	a = lookup.get(normalise_postcode(home)) if home else None
	b = lookup.get(normalise_postcode(placed)) if placed else None
	if a is None or b is None:
		return None
	return half_up(math.sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) / 1000 / 1.6093)


# ---------------------------------------------------------------- care history

def episodes_by_child(this_year, last_year, last_year_end):
	"""The child's episodes as kpi-core.md "Periods that reach into an earlier collection year" reads them.

	This year's episodes, preceded by last year's episodes whose DECOM is earlier than the child's first DECOM
	this year (all of them when the child has no episode this year); a blank DEC of such an episode is taken as
	last year's 31 March.
	"""
	history = {}
	for e in this_year:
		history.setdefault(e["CHILD"], []).append(dict(e, _year="this"))
	first_decom = {child: min(e["DECOM"] for e in eps) for child, eps in history.items()}
	for e in last_year:
		if e["DECOM"] is None:
			continue
		first = first_decom.get(e["CHILD"])
		if first is not None and e["DECOM"] >= first:
			continue
		copy = dict(e, _year="last")
		if copy["DEC"] is None:
			copy["DEC"] = last_year_end
		history.setdefault(e["CHILD"], []).append(copy)
	return {child: sorted(in_scope(eps), key=sort_key) for child, eps in history.items()}


def in_scope(episodes):
	return [e for e in episodes if code(e, "LS") not in IN_SCOPE_EXCLUDED_LS]


def sort_key(e):
	return (e["DECOM"], e["DEC"] or dt.date.max)


def is_open(e, day):
	return e["DECOM"] <= day and (e["DEC"] is None or e["DEC"] > day)


def overlaps(e, start, end):
	return e["DECOM"] <= end and (e["DEC"] is None or e["DEC"] >= start)


def episode_at(episodes, day):
	candidates = [e for e in episodes if is_open(e, day)]
	return max(candidates, key=lambda e: e["DECOM"]) if candidates else None


def period_start_of(episodes, target):
	"""The DECOM of the first episode of the period of care that holds target (episodes sorted by DECOM)."""
	start = None
	previous = None
	for e in episodes:
		if previous is None or (previous["DEC"] is not None and e["DECOM"] > previous["DEC"]):
			start = e["DECOM"]
		if e is target:
			return start
		previous = e
	raise ValueError("episode not in the child's history")


def placements(episodes, start, end):
	"""Number of placements among the episodes overlapping [start, end] (STB-01)."""
	overlapping = [e for e in episodes if overlaps(e, start, end)]
	count = 0
	last_permanent = None
	previous = None
	for e in overlapping:
		if code(e, "PLACE") in TEMPORARY_PLACES:
			previous = e
			continue
		if last_permanent is None:
			count += 1
		elif code(e, "RNE") == "L":
			pass
		elif code(e, "RNE") in ("T", "U") and code(e, "PLACE") in ("A3", "A5"):
			pass
		elif (previous is not None and code(previous, "PLACE") in TEMPORARY_PLACES
				and code(e, "PLACE") == code(last_permanent, "PLACE")
				and normalise_postcode(e.get("PL_POST")) == normalise_postcode(last_permanent.get("PL_POST"))
				and code(e, "URN") == code(last_permanent, "URN")):
			pass
		else:
			count += 1
		last_permanent = e
		previous = e
	return count


# ---------------------------------------------------------------- KPIs

def compute(extract, previous, postcodes, run_dir, year):
	start, end = dt.date(year - 1, 4, 1), dt.date(year, 3, 31)
	last_year_end = dt.date(year - 1, 3, 31)
	skipped = read_rejected(run_dir)
	episodes_now = [e for e in read_table(extract, "episodes", ["DECOM", "DEC"], skipped) if e["DECOM"]]
	episodes_last = read_table(previous, "episodes", ["DECOM", "DEC"]) if previous else []
	history = episodes_by_child(episodes_now, episodes_last, last_year_end)
	uasc = read_table(extract, "uasc", ["DOB", "DUC"], skipped)
	oc2 = read_table(extract, "oc2", ["DOB"], skipped)
	oc3 = read_table(extract, "oc3", ["DOB"], skipped)
	missing = missing_rows(read_table(extract, "missing", ["MIS_START", "MIS_END"], skipped),
			read_table(previous, "missing", ["MIS_START", "MIS_END"]) if previous else [], last_year_end)
	lookup = read_postcodes(postcodes)

	current = {c: episode_at(eps, end) for c, eps in history.items()}
	cla = {c for c, e in current.items() if e is not None}
	results = {}
	children = {}

	def count(kpi, ids):
		children[kpi] = (set(ids), None)
		results[kpi] = (len(ids), None, Decimal(len(ids)))

	def share(kpi, numerator, denominator):
		children[kpi] = (set(numerator), set(denominator))
		results[kpi] = (len(numerator), len(denominator), percentage(len(numerator), len(denominator)))

	count("CLA-01", cla)
	count("CLA-03", {c for c, eps in history.items()
			if any(code(e, "RNE") == "S" and start <= e["DECOM"] <= end for e in eps)})
	ceased = {c: [e for e in eps if leaves(e, start, end)] for c, eps in history.items()}
	ceased = {c: eps for c, eps in ceased.items() if eps}
	count("CLA-04", set(ceased))
	count("UAS-01", {r["CHILD"] for r in uasc if r["CHILD"] in cla and (r["DUC"] is None or r["DUC"] > end)})
	share("PLC-01", {c for c in cla if code(current[c], "PLACE") in FOSTER_PLACES}, cla)
	share("STB-01", {c for c in cla if placements(history[c], start, end) >= 3}, cla)
	far = set()
	for c in cla:
		miles = distance_miles(lookup, current[c].get("HOME_POST"), current[c].get("PL_POST"))
		if miles is not None and miles > Decimal("20.0"):
			far.add(c)
	share("LOC-02", far, cla)
	long_term = {c for c in cla if period_start_of(history[c], current[c]) <= start}
	share("HLT-01", {r["CHILD"] for r in oc2 if r["CHILD"] in long_term and code(r, "HEALTH_ASSESSMENT") == "1"},
			long_term)
	looked_after = {c for c, eps in history.items() if any(overlaps(e, start, end) for e in eps)}
	went_missing = {r["CHILD"] for r in missing if code(r, "MISSING") == "M" and r["MIS_START"] is not None
			and r["MIS_START"] <= end and (r["MIS_END"] is None or r["MIS_END"] >= start)}
	share("MIS-01", went_missing & looked_after, looked_after)
	cohort = [r for r in oc3 if r["DOB"] is not None and code(r, "IN_TOUCH") not in CL02_EXCLUDED_IN_TOUCH
			and any(start <= add_years(r["DOB"], n) <= end for n in (19, 20, 21))]
	in_eet = [r for r in cohort if code(r, "ACTIV") in EET_ACTIVITIES]
	children["CL-02"] = ({r["CHILD"] for r in in_eet}, {r["CHILD"] for r in cohort})
	results["CL-02"] = (len(in_eet), len(cohort), percentage(len(in_eet), len(cohort)))
	days = {}
	for c, eps in ceased.items():
		last = max(eps, key=lambda e: (e["DEC"], e["DECOM"]))
		if code(last, "REC") in RETURNED_HOME:
			days[c] = (last["DEC"] - period_start_of(history[c], last)).days
	children["PRM-02"] = (None, set(days))
	results["PRM-02"] = (None, len(days), median(sorted(days.values())))
	return start, end, results, children


def leaves(e, start, end):
	rec = code(e, "REC")
	return rec != "" and rec != "X1" and e["DEC"] is not None and start <= e["DEC"] <= end


def missing_rows(this_year, last_year, last_year_end):
	"""This year's missing rows, and last year's not repeated this year (blank MIS_END read as last 31 March)."""
	repeated = {(r["CHILD"], code(r, "MISSING"), r["MIS_START"]) for r in this_year}
	rows = list(this_year)
	for r in last_year:
		if (r["CHILD"], code(r, "MISSING"), r["MIS_START"]) in repeated:
			continue
		rows.append(dict(r, MIS_END=r["MIS_END"] or last_year_end))
	return rows


def median(values):
	if not values:
		return None
	middle = len(values) // 2
	if len(values) % 2:
		return half_up(values[middle])
	return half_up(Decimal(values[middle - 1] + values[middle]) / 2)


# ---------------------------------------------------------------- comparison

def product_rows(kpi_csv, start, end):
	rows = {}
	with open(kpi_csv, newline="", encoding="utf-8-sig") as f:
		for row in csv.DictReader(f):
			if (row.get("breakdown") or "") == "" and row["period_end"] == end.isoformat():
				rows[row["kpi_id"]] = row
	return rows


def product_children(children_csv, end):
	"""kpi_id -> (numerator ids, denominator ids) of the run's drill-down, overall rows for end."""
	sets = {}
	with open(children_csv, newline="", encoding="utf-8-sig") as f:
		for row in csv.DictReader(f):
			if (row.get("breakdown") or "") == "" and row["period_end"] == end.isoformat():
				numerator, denominator = sets.setdefault(row["kpi_id"], (set(), set()))
				denominator.add(row["child_id"])
				if row["in_numerator"] == "1":
					numerator.add(row["child_id"])
	return sets


def child_differences(kpi, ours, theirs):
	"""Lines naming the child ids that only one side counts."""
	lines = []
	our_numerator, our_denominator = ours
	their_numerator, their_denominator = theirs
	for role, mine, other in (("numerator", our_numerator, their_numerator),
			("denominator", our_denominator, their_denominator)):
		if mine is None:
			continue
		if mine - other:
			lines.append(f"    {kpi} {role}, only the check: {' '.join(sorted(mine - other))}")
		if other - mine:
			lines.append(f"    {kpi} {role}, only the run: {' '.join(sorted(other - mine))}")
	return lines


def as_number(text):
	text = (text or "").strip()
	return None if text == "" else Decimal(text)


def show(value):
	return "" if value is None else str(value)


def write_children(path, children):
	with open(path, "w", newline="", encoding="utf-8") as f:
		out = csv.writer(f)
		out.writerow(["kpi_id", "role", "child_id"])
		for kpi in KPI_ORDER:
			numerator, denominator = children[kpi]
			for role, ids in (("numerator", numerator), ("denominator", denominator)):
				for child in sorted(ids or ()):
					out.writerow([kpi, role, child])


def main(argv=None):
	parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
	parser.add_argument("--extract", required=True, help="this year's extract folder")
	parser.add_argument("--previous", help="last year's return folder")
	parser.add_argument("--postcodes", help="postcode lookup CSV (ONS NSPL/ONSPD layout)")
	parser.add_argument("--run", help="the run folder, for rejected/*.csv (rows the loader left out)")
	parser.add_argument("--year", type=int, required=True, help="year the collection ends (2025 = 2024-25)")
	parser.add_argument("--kpi-csv", help="the run's kpi/kpi.csv to compare with (default: RUN/kpi/kpi.csv)")
	parser.add_argument("--children", help="write the checker's child ids per KPI (kpi_id,role,child_id) here")
	args = parser.parse_args(argv)

	start, end, results, children = compute(args.extract, args.previous, args.postcodes, args.run, args.year)
	if args.children:
		write_children(args.children, children)
	kpi_csv = args.kpi_csv or (str(Path(args.run) / "kpi" / "kpi.csv") if args.run else None)
	if kpi_csv and not Path(kpi_csv).is_file():
		parser.error(f"no KPI table at {kpi_csv}")
	product = product_rows(kpi_csv, start, end) if kpi_csv else {}
	children_csv = Path(kpi_csv).with_name("children.csv") if kpi_csv else None
	drill_down = product_children(children_csv, end) if children_csv and children_csv.exists() else {}
	print(f"period {start} to {end}")
	header = f"{'kpi':8} {'check num':>9} {'den':>6} {'value':>7}"
	if kpi_csv:
		header += f" | {'run num':>9} {'den':>6} {'value':>7}  result"
	print(header)
	differences = []
	differing = []
	for kpi in KPI_ORDER:
		numerator, denominator, value = results[kpi]
		line = f"{kpi:8} {show(numerator):>9} {show(denominator):>6} {show(value):>7}"
		if kpi_csv:
			row = product.get(kpi)
			if row is None:
				line += " | (no overall row)" + " " * 14 + "DIFFERENT"
				differing.append(kpi)
				differences.append(f"{kpi}: no overall row for {end} in {kpi_csv}")
			else:
				theirs = (as_number(row["numerator"]), as_number(row["denominator"]), as_number(row["value"]))
				ours = (None if numerator is None else Decimal(numerator),
						None if denominator is None else Decimal(denominator), value)
				figures_same = theirs == ours
				child_lines = (child_differences(kpi, children[kpi], drill_down.get(kpi, (set(), set())))
						if drill_down else [])
				result = "DIFFERENT" if not figures_same else ("same children" if drill_down and not child_lines
						else "DIFFERENT children" if child_lines else "same")
				line += f" | {row['numerator']:>9} {row['denominator']:>6} {row['value']:>7}  {result}"
				if not figures_same or child_lines:
					differing.append(kpi)
					differences.append(f"{kpi}: check {show(numerator)}/{show(denominator)}/{show(value)}, "
							f"run {row['numerator']}/{row['denominator']}/{row['value']}")
					differences.extend(child_lines)
		print(line)
	if differences:
		print(f"{len(differing)} KPI(s) differ: {' '.join(differing)}")
		for d in differences:
			print("  " + d)
		return 1
	if kpi_csv:
		print("all core KPIs agree" + (", child by child with kpi/children.csv" if drill_down else ""))
	return 0


if __name__ == "__main__":
	sys.exit(main())
