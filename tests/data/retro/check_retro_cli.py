#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Convener authors
# SPDX-License-Identifier: MIT
"""Runs 'convener-cli retro export' on a fresh demo database and reads both
exports back: the CSV with Python's csv module, the Markdown for its sections.

Usage: check_retro_cli.py CONVENER_CLI WORK_DIR
"""
import csv
import os
import pathlib
import stat
import subprocess
import sys

HEADER = ["record", "column", "group", "text", "author", "votes", "owner", "due_call", "status"]


def run(cli, *args):
    return subprocess.run([cli, *args], capture_output=True, text=True, encoding="utf-8")


def main():
    cli, work = sys.argv[1], pathlib.Path(sys.argv[2])
    work.mkdir(parents=True, exist_ok=True)
    db = work / "retro-cli.sqlite"
    for leftover in work.glob("retro-cli.sqlite*"):
        leftover.unlink()
    created = run(cli, "demo", "--db", str(db))
    if created.returncode != 0:
        print("demo failed:", created.stderr)
        return 1

    out = work / "retro-cli.csv"
    exported = run(cli, "retro", "export", "--db", str(db), "--cohort", "Demo", "--call", "4",
                   "--format", "csv", "--output", str(out))
    if exported.returncode != 0:
        print("csv export failed:", exported.stderr)
        return 1
    if stat.S_IMODE(os.stat(out).st_mode) & 0o077:
        print(f"{out} is readable by others: {oct(os.stat(out).st_mode)}")
        return 1
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    if rows[0] != HEADER:
        print("unexpected header", rows[0])
        return 1
    cards = [r for r in rows[1:] if r[0] == "card"]
    actions = [r for r in rows[1:] if r[0] == "action"]
    columns = {r[1] for r in cards}
    if columns != {"Roses", "Buds", "Thorns", "Gems"} or len(actions) != 3:
        print("cards in", columns, "and", len(actions), "actions")
        return 1
    if not any(r[2] for r in cards) or sum(int(r[5]) for r in cards) < 20:
        print("groups or votes are missing")
        return 1

    markdown = run(cli, "retro", "export", "--db", str(db), "--cohort", "Demo", "--call", "4")
    for section in ("# Retro: Demo, call 4", "## Roses", "## Gems", "## Discussion order", "## Action items"):
        if section not in markdown.stdout:
            print("the Markdown lacks", section)
            return 1

    missing = run(cli, "retro", "export", "--db", str(db), "--cohort", "Demo", "--call", "2")
    bad = run(cli, "retro", "export", "--db", str(db), "--cohort", "Demo", "--call", "4", "--format", "xls")
    if missing.returncode != 1 or bad.returncode != 2:
        print("exit codes", missing.returncode, bad.returncode)
        return 1
    print(f"{len(cards)} cards and {len(actions)} action items read back")
    return 0


if __name__ == "__main__":
    sys.exit(main())
