#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Convener authors
# SPDX-License-Identifier: MIT
"""Reads a retro board CSV export with Python's csv module and checks its shape.

Usage: check_retro_csv.py FILE [EXPECTED_CARDS EXPECTED_ACTIONS]
Exit 0 when every record has the header's nine fields, kinds are card or
action, no cell could run as a spreadsheet formula, and the counts match.
"""
import csv
import sys

HEADER = ["record", "column", "group", "text", "author", "votes", "owner", "due_call", "status"]


def main():
    path = sys.argv[1]
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    if not rows or rows[0] != HEADER:
        print(f"{path}: the header is {rows[0] if rows else 'missing'}, expected {HEADER}")
        return 1
    counts = {"card": 0, "action": 0}
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(HEADER):
            print(f"{path}:{number}: {len(row)} fields, expected {len(HEADER)}")
            return 1
        if row[0] not in counts:
            print(f"{path}:{number}: unknown record kind {row[0]!r}")
            return 1
        counts[row[0]] += 1
        for cell in row:
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                print(f"{path}:{number}: the cell {cell!r} would run as a formula")
                return 1
    if len(sys.argv) >= 4:
        expected = {"card": int(sys.argv[2]), "action": int(sys.argv[3])}
        if counts != expected:
            print(f"{path}: found {counts}, expected {expected}")
            return 1
    print(f"{path}: {counts['card']} cards and {counts['action']} action items read back")
    return 0


if __name__ == "__main__":
    sys.exit(main())
