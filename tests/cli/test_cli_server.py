#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Convener authors
# SPDX-License-Identifier: MIT
"""convener-cli against the run's throwaway PostgreSQL server (tests/support/pgcluster).

Usage: test_cli_server.py CASE CLI DATA_DIR; CONVENER_TEST_SERVER_STATE names the server.
Every case makes databases of its own on the server and drops them afterwards."""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import uuid

# The same way of running the command and checking as the file-based cases (same arguments).
from test_cli import CLI, check, run as cli_run


def server_env():
    env = {}
    with open(os.environ["CONVENER_TEST_SERVER_STATE"], encoding="utf-8") as f:
        for line in f:
            key, _, value = line.strip().partition("=")
            env[key] = value
    return env


SERVER = server_env()
ENV = dict(os.environ, PGPASSWORD=SERVER["PGPASSWORD"])
PSQL = os.path.join(SERVER["CONVENER_PG_BIN"], "psql")


def psql(database, sql):
    p = subprocess.run([PSQL, "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-h", SERVER["PGHOST"], "-p",
                        SERVER["PGPORT"], "-U", SERVER["PGUSER"], "-d", database, "-c", sql],
                       capture_output=True, text=True, env=ENV)
    if p.returncode != 0:
        raise AssertionError(f"psql {sql}: {p.stderr}")
    return p.stdout.strip()


class ServerDatabase:
    """An empty database of its own on the test server, reached over TCP as a host would."""

    def __init__(self):
        self.name = "cli_" + uuid.uuid4().hex[:12]
        psql("postgres", f"CREATE DATABASE {self.name} TEMPLATE template0 ENCODING 'UTF8'")
        self.url = f"postgresql://{SERVER['PGUSER']}@127.0.0.1:{SERVER['PGPORT']}/{self.name}"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        psql("postgres", f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")


def run(*args, expect=0, env=ENV):
    return cli_run(*args, expect=expect, env=env)


TABLES = ["cohorts", "people", "memberships", "cohort_calls", "journals", "journal_entries", "journal_drafts",
          "retro_boards", "retro_columns", "retro_groups", "retro_cards", "retro_votes", "retro_actions",
          "call_runs", "attendance", "breakout_rounds", "room_assignments", "room_plans", "keep_apart"]


def sqlite_rows(path):
    con = sqlite3.connect(path)
    out = {}
    for table in TABLES:
        out[table] = sorted(con.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    con.close()
    check(names == set(TABLES), f"the copy's table list misses {names - set(TABLES)}")
    return out


def copy_round_trip(tmp):
    """A solo database moves to a server and back: every row (journals still sealed) comes home as it left."""
    solo = os.path.join(tmp, "solo.sqlite")
    back = os.path.join(tmp, "back.sqlite")
    run("demo", "--db", solo)
    with ServerDatabase() as server:
        p = run("server", "init", server.url)
        check("Set up" in p.stdout and "password" not in p.stdout.lower(), p.stdout)
        p = run("server", "init", server.url)
        check("already a Convener database" in p.stdout, p.stdout)

        p = run("db", "copy", "--from", solo, "--to", server.url)
        check("Copied" in p.stdout and "checksum" in p.stdout, p.stdout)
        # The same people, read from the server.
        here = run("people", "list", "--db", solo, "--cohort", "Demo", "--format", "json").stdout
        there = run("people", "list", "--db", server.url, "--cohort", "Demo", "--format", "json").stdout
        check(json.loads(here) == json.loads(there), "people differ on the server")
        check("healthy" in run("db", "check", "--db", server.url).stdout, "server check")

        # A second copy into a database that holds data is refused and changes nothing.
        before = psql(server.name, "SELECT count(*) FROM people")
        p = run("db", "copy", "--from", solo, "--to", server.url, expect=1)
        check("already holds data" in p.stderr, p.stderr)
        check(psql(server.name, "SELECT count(*) FROM people") == before, "refused copy wrote")

        # Ids go on after the copied ones: a new cohort on the server gets a fresh id.
        run("cohort", "create", "Spring circle", "--db", server.url)
        check("Spring circle" in run("cohort", "list", "--db", server.url).stdout, "new cohort on the server")
        max_id = int(psql(server.name, "SELECT max(id) FROM cohorts"))
        check(max_id > 1, f"cohort ids restarted: {max_id}")

        # The server's backup is an SQLite file that opens in a solo Convener.
        p = run("db", "backup", "--db", server.url, "--to", back)
        check("Copied" in p.stdout, p.stdout)
        check("healthy" in run("db", "check", "--db", back).stdout, "backup check")
        run("db", "backup", "--db", server.url, "--to", back, expect=1)  # never overwrites

    original = sqlite_rows(solo)
    returned = sqlite_rows(back)
    for table in TABLES:
        if table == "cohorts":
            continue
        check(original[table] == returned[table], f"{table} changed on the way")
    check(len(returned["cohorts"]) == len(original["cohorts"]) + 1, "the server's new cohort is in the backup")
    check(original["journal_entries"] and all(isinstance(r[7], bytes) for r in returned["journal_entries"]),
          "journal bodies stay sealed bytes")


def server_refusals(tmp):
    """Each way a server can be wrong says what and where, and changes nothing."""
    with ServerDatabase() as empty:
        p = run("people", "list", "--db", empty.url, "--cohort", "Demo", expect=1)
        check("no Convener data yet" in p.stderr and "server init" in p.stderr, p.stderr)
        check(psql(empty.name, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == "0",
              "a reading command set the server up")

        psql(empty.name, "CREATE TABLE invoices (id integer)")
        p = run("server", "init", empty.url, expect=1)
        check("another program" in p.stderr, p.stderr)
        check(psql(empty.name, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == "1", "init wrote")

    with ServerDatabase() as server:
        run("server", "init", server.url)
        wrong = dict(ENV, PGPASSWORD="not-the-password")
        p = run("cohort", "list", "--db", server.url, expect=1, env=wrong)
        check("did not accept the login" in p.stderr and "not-the-password" not in p.stderr, p.stderr)
        p = run("db", "backups", "--db", server.url, expect=1)
        check("works on a database file" in p.stderr, p.stderr)
        p = run("db", "restore", "--db", server.url, "--from", os.path.join(tmp, "x.sqlite"), expect=1)
        check("works on a database file" in p.stderr, p.stderr)

    p = run("cohort", "list", "--db", "postgresql://nobody@127.0.0.1:1/convener?connect_timeout=2", expect=1)
    check("Could not reach the team server postgresql://nobody@127.0.0.1:1/convener" in p.stderr, p.stderr)
    p = run("cohort", "list", "--db", "postgresql://h/db?sslmode=sometimes", expect=1)
    check("sslmode=sometimes" in p.stderr, p.stderr)


def password_never_asked_in_scripts(tmp):
    """No password in the address, PGPASSWORD, ~/.pgpass or a keychain: a command whose input is not a
    terminal says what the server wants and where a password can come from, without waiting for typing."""
    with ServerDatabase() as server:
        run("server", "init", server.url)
        env = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
        env["PGPASSFILE"] = os.path.join(tmp, "no-pgpass")
        # No session bus and no display to start one on: no keychain answers, as on a server or in CI.
        for name in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"):
            env.pop(name, None)
        p = subprocess.run([CLI, "cohort", "list", "--db", server.url], stdin=subprocess.DEVNULL,
                           capture_output=True, text=True, encoding="utf-8", env=env, timeout=60)
        check(p.returncode == 1, f"exit {p.returncode}: {p.stderr}")
        check("wants a password" in p.stderr and "PGPASSWORD" in p.stderr, p.stderr)
        check("Password for" not in p.stderr, f"asked for a password outside a terminal: {p.stderr}")
        # The same address with PGPASSWORD works, as for psql.
        run("cohort", "list", "--db", server.url)


if __name__ == "__main__":
    case = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        globals()[case](tmp)
    print(f"{case}: ok")
