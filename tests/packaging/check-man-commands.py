#!/usr/bin/env python3
"""Every command `modeldeck-cli --help` lists must appear in the man page.

Usage: check-man-commands.py MODELDECK_CLI MAN_PAGE

The help's "Commands:" block (app/cli/CliCommands.cpp) is the source of truth: each line that
starts a command gives its name and subcommands ("queue retry|remove", "queue list | status |
run"), and the `command` argument lists the top-level names. The man page (hand-written troff,
packaging/linux/modeldeck-cli.1) must give each an entry of its COMMANDS section (".TP" then
"name subcommand ...") so it cannot fall behind the CLI silently.
"""
import re
import subprocess
import sys

WORD = re.compile(r"^[a-z][a-z-]*$")


def listed_commands(help_text):
    commands = set()
    block = help_text.split("Commands:", 1)[1].split("\nOptions:", 1)[0]
    for line in block.splitlines():
        if not re.match(r"^  [a-z]", line):  # continuation lines are indented further
            continue
        tokens = line.split()
        name, subs = tokens[0], []
        for token in tokens[1:]:
            if token == "|":
                continue
            parts = token.split("|")
            if not all(WORD.match(p) for p in parts):
                break
            subs.extend(parts)
        commands.update({(name, s) for s in subs} or {(name, None)})
    arg = re.search(r"^  command\s+(.*?)(?:\n\S|\Z)", help_text, re.S | re.M)
    if not arg:
        sys.exit("check-man-commands: no `command` argument in --help")
    names = re.split(r",\s*|\s+or\s+", " ".join(arg.group(1).split()))
    commands.update((n, None) for n in names if n)
    return commands


def man_headings(path):
    """The entries of the COMMANDS section: the line after each .TP, as plain text items."""
    lines = open(path, encoding="utf-8").read().splitlines()
    start = lines.index(".SH COMMANDS")
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith(".SH "))
    items = set()
    for i in range(start, end - 1):
        if lines[i] != ".TP":
            continue
        text = lines[i + 1].replace("\\-", "-").replace('"', "")
        text = re.sub(r"\\f[BIRP]", "", re.sub(r"^\.[A-Z]+ ?", "", text))
        # `.BR "queue list" ", " "queue status"` lists two commands in one entry.
        items.update(" ".join(item.split()) for item in text.split(","))
    return items


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    cli, man = sys.argv[1], sys.argv[2]
    help_text = subprocess.run([cli, "--help"], check=True, capture_output=True,
                               text=True, env={"LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}).stdout
    commands = listed_commands(help_text)
    if len(commands) < 20:
        sys.exit(f"check-man-commands: only {len(commands)} commands parsed from --help; "
                 "did its format change?")
    items = man_headings(man)
    wanted = {" ".join(c for c in cmd if c) for cmd in commands}
    missing = sorted(w for w in wanted
                     if not any(i == w or i.startswith(w + " ") for i in items))
    if missing:
        print(f"{man} does not describe these commands from `modeldeck-cli --help`:")
        for m in missing:
            print(f"  {m}")
        return 1
    print(f"all {len(commands)} commands of --help are in {man}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
