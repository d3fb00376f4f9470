#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Convener authors
# SPDX-License-Identifier: MIT
"""convener-cli as a script uses it. Usage: test_cli.py CASE CLI DATA_DIR"""
import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

CLI = sys.argv[2]
DATA = sys.argv[3]


def run(*args, expect=0):
    p = subprocess.run([CLI, *args], capture_output=True, text=True, encoding="utf-8")
    if p.returncode != expect:
        raise AssertionError(f"convener-cli {' '.join(args)} exited {p.returncode}, expected {expect}\n"
                             f"stdout: {p.stdout}\nstderr: {p.stderr}")
    return p


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def roster_round_trip(tmp):
    db = os.path.join(tmp, "c.sqlite")
    run("cohort", "create", "Spring circle", "--db", db, "--start-date", "2026-03-03", "--time", "18:30",
        "--time-zone", "Europe/Lisbon")
    out = run("people", "import", os.path.join(DATA, "gui", "registrations.csv"), "--db", db, "--cohort", "spring CIRCLE")
    check("Imported into 'Spring circle': 4" in out.stdout, out.stdout)
    people = json.loads(run("people", "list", "--db", db, "--cohort", "Spring circle").stdout)
    names = [p["name"] for p in people]
    check(names == ["Formula Person", "Inês Duarte", "Kofi Mensah", "Lena Vogel"], names)
    check(people[2]["notes"] == "Prefers audio only,\non slow connections", people[2])
    rows = list(csv.reader(io.StringIO(run("people", "list", "--db", db, "--cohort", "Spring circle",
                                           "--format", "csv").stdout, newline="")))
    check(rows[0] == ["Name", "Email", "Pronouns", "Location", "Time zone", "Role", "Notes"], rows[0])
    check(len(rows) == 5, rows)
    formula = [r for r in rows if r[0] == "Formula Person"][0]
    check(formula[6].startswith("'="), formula)
    check(oct(os.stat(db).st_mode & 0o777) == "0o600", oct(os.stat(db).st_mode))


def import_problems_are_reported(tmp):
    db = os.path.join(tmp, "c.sqlite")
    run("cohort", "create", "A", "--db", db)
    bad = os.path.join(tmp, "bad.csv")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("Name,Email\nAna,ana@example.org\n,nobody@example.org\nBea,bea@\nCy,ANA@example.org\n")
    p = run("people", "import", bad, "--db", db, "--cohort", "A")
    check(f"{bad}:3: skipped:" in p.stderr and f"{bad}:4: skipped:" in p.stderr and f"{bad}:5: skipped:" in p.stderr,
          p.stderr)
    check("Skipped rows: 3" in p.stdout, p.stdout)
    broken = os.path.join(tmp, "broken.csv")
    with open(broken, "w", encoding="utf-8") as f:
        f.write('Name,Email\n"Ana,ana@example.org\n')
    p = run("people", "import", broken, "--db", db, "--cohort", "A", expect=1)
    check(f"{broken}:2:" in p.stderr, p.stderr)
    p = run("people", "import", os.path.join(tmp, "missing.csv"), "--db", db, "--cohort", "A", expect=1)
    check("could not open" in p.stderr, p.stderr)
    p = run("people", "import", bad, "--db", db, "--cohort", "Nope", expect=1)
    check("no cohort named 'Nope'" in p.stderr, p.stderr)


def strict_and_dry_run(tmp):
    db = os.path.join(tmp, "c.sqlite")
    run("cohort", "create", "A", "--db", db)
    f = os.path.join(DATA, "gui", "registrations.csv")
    p = run("people", "import", f, "--db", db, "--cohort", "A", "--strict", expect=1)
    check("nothing imported" in p.stderr, p.stderr)
    p = run("people", "import", f, "--db", db, "--cohort", "A", "--dry-run")
    check("Would import into 'A': 4" in p.stdout, p.stdout)
    check(json.loads(run("people", "list", "--db", db, "--cohort", "A").stdout) == [], "dry run stored people")
    p = run("people", "import", f, "--db", db, "--cohort", "A", "--map", "name=Where are you based?")
    names = sorted(x["name"] for x in json.loads(run("people", "list", "--db", db, "--cohort", "A").stdout))
    check(names == ["Accra", "Coimbra", "Graz"], names)


def usage_errors(tmp):
    check("Commands:" in run("--help").stdout, "help")
    check(run("--version").stdout.startswith("convener-cli "), "version")
    run("frobnicate", expect=2)
    run(expect=2)
    run("people", "list", "--format", "xml", "--db", "x", "--cohort", "y", expect=2)
    run("people", "import", "--db", "x", expect=2)
    p = run("people", "import", "a.csv", "--db", os.path.join(tmp, "c.sqlite"), "--cohort", "A",
            "--map", "colour=2", expect=1)


def bad_databases_are_refused(tmp):
    text = os.path.join(tmp, "notes.sqlite")
    with open(text, "w") as f:
        f.write("just some notes\n")
    p = run("people", "list", "--db", text, "--cohort", "A", expect=1)
    check("not a Convener database" in p.stderr, p.stderr)
    with open(text) as f:
        check(f.read() == "just some notes\n", "file changed")
    other = os.path.join(tmp, "other.db")
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    p = run("cohort", "list", "--db", other, expect=1)
    check("another program" in p.stderr, p.stderr)
    db = os.path.join(tmp, "c.sqlite")
    run("cohort", "create", "A", "--db", db)
    # A live lock: this test's own process, named as Qt's lock file checks it, holds the database.
    me = os.path.basename(os.readlink(f"/proc/{os.getpid()}/exe"))
    with open(db + ".lock", "w") as f:
        f.write(f"{os.getpid()}\n{me}\n{os.uname().nodename}\n")
    p = run("cohort", "create", "B", "--db", db, expect=1)
    check("already open" in p.stderr, p.stderr)
    run("cohort", "list", "--db", db)
    os.remove(db + ".lock")


def demo_is_created_once(tmp):
    db = os.path.join(tmp, "d.sqlite")
    check("Created the Demo cohort" in run("demo", "--db", db).stdout, "first")
    check("already" in run("demo", "--db", db).stdout, "second")
    people = json.loads(run("people", "list", "--db", db, "--cohort", "Demo").stdout)
    check(len(people) == 26, len(people))
    check(sum(1 for p in people if not p["email"]) >= 2, "people without email")


def cohort_follows_program(tmp):
    db = os.path.join(tmp, "c.sqlite")
    run("cohort", "create", "P", "--db", db, "--start-date", "2026-03-03", "--program", "practice-program")
    con = sqlite3.connect(db)
    starts = [r[0] for r in con.execute("SELECT planned_start FROM cohort_calls ORDER BY number")]
    con.close()
    check(starts == ["2026-03-03T18:00", "2026-03-10T18:00", "2026-03-17T18:00", "2026-03-24T18:00"], starts)
    p = run("cohort", "create", "Q", "--db", db, "--program", "nope", expect=1)
    check("no built-in program 'nope'" in p.stderr, p.stderr)
    check([c["name"] for c in json.loads(run("cohort", "list", "--db", db).stdout)] == ["P"], "Q half-created")


def backup_check_restore(tmp):
    db = os.path.join(tmp, "c.sqlite")
    copy = os.path.join(tmp, "copy.sqlite")
    run("demo", "--db", db)
    check("healthy" in run("db", "check", "--db", db).stdout, "check")
    run("db", "backup", "--db", db, "--to", copy)
    check(oct(os.stat(copy).st_mode & 0o777) == "0o600", "backup mode")
    run("db", "backup", "--db", db, "--to", copy, expect=1)  # never overwrites
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("INSERT INTO memberships (cohort_id, person_id, role) VALUES (999, 999, 'participant')")
    con.commit()
    con.close()
    p = run("db", "check", "--db", db, expect=1)
    check("missing row" in p.stderr, p.stderr)
    p = run("db", "restore", "--db", db, "--from", copy)
    check("Restored" in p.stdout, p.stdout)
    check(any(".damaged-" in name for name in os.listdir(tmp)), os.listdir(tmp))
    check("healthy" in run("db", "check", "--db", db).stdout, "check after restore")
    p = run("db", "restore", "--db", db, "--from", os.path.join(DATA, "gui", "registrations.csv"), expect=1)
    check("cannot be used" in p.stderr, p.stderr)


if __name__ == "__main__":
    case = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        globals()[case](tmp)
    print(f"{case}: ok")
