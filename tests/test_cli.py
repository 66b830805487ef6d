"""The clipper command as a user types it."""

from __future__ import annotations

import argparse
import functools
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.conftest import DATA, ROOT

TEXT = DATA / "text"


def test_list_show_edit_delete(run_cli, run_cli_json):
    assert run_cli("import", TEXT / "ap-style.txt", TEXT / "yonhap-style.txt")[0] == 0
    rows = run_cli_json("list")
    assert [r["published"] for r in rows] == ["2025-06-18", "2025-03-14"]  # newest first
    assert set(rows[0]) >= {"id", "title", "outlet", "published", "language", "photo_count", "tags"}
    assert rows[0]["photo_count"] == 2

    both = run_cli_json("show", "1", "2")
    assert isinstance(both, list) and [c["id"] for c in both] == [1, 2]

    status, out, _ = run_cli("list")
    assert "Korean governor courts" in out and "연합뉴스" in out

    status, out, _ = run_cli("show", "2")
    assert "경기도, 판교 스타트업" in out and "Photo 1:" in out

    assert run_cli("edit", "2", "--published", "2025-03-15", "--byline", "이순재")[0] == 0
    clip = run_cli_json("show", "2")
    assert (clip["published"], clip["byline"]) == ("2025-03-15", "이순재")

    status, _, err = run_cli("edit", "2", "--published", "15 March")
    assert status == 2 and "not a date" in err

    assert run_cli("delete", "1")[0] == 0
    assert [r["id"] for r in run_cli_json("list")] == [2]
    status, _, err = run_cli("show", "1")
    assert status == 2 and "no clipping with id 1" in err


def test_python_dash_m_and_console_entry(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "clipper", "--library", str(tmp_path / "lib"), "import",
         str(TEXT / "naver-style.txt"), "--json"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert out.returncode == 0, out.stderr
    assert '"status": "imported"' in out.stdout


def commands(parser: argparse.ArgumentParser,
             path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str | None,
                                                           argparse.ArgumentParser]]:
    """(command path, its help line, its parser) for every subcommand, depth first."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            # Every command is in `choices` (its aliases too, with the same parser);
            # only those added with help= have a pseudo-action carrying it.
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            seen: set[int] = set()
            for name, sub in action.choices.items():
                if id(sub) in seen:
                    continue  # an alias
                seen.add(id(sub))
                yield (*path, name), helps.get(name), sub
                yield from commands(sub, (*path, name))


@functools.cache
def _commands() -> dict[tuple[str, ...], tuple[str | None, argparse.ArgumentParser]]:
    """Command path -> (help line, parser), from one parser built for the whole module."""
    from clipper.cli import build_parser

    top = build_parser()
    found: dict[tuple[str, ...], tuple[str | None, argparse.ArgumentParser]] = {(): (None, top)}
    found.update({path: (help_line, sub) for path, help_line, sub in commands(top)})
    return found


def _command_paths() -> list[tuple[str, ...]]:
    return [path for path in _commands() if path]


def _command(path: tuple[str, ...]) -> tuple[str | None, argparse.ArgumentParser,
                                             argparse.ArgumentParser]:
    """(help line, parser, parent parser) of the command at `path`."""
    help_line, parser = _commands()[path]
    return help_line, parser, _commands()[path[:-1]][1]


def test_every_command_is_checked():
    # The walk must see the commands, else the tests below pass on nothing.
    paths = _command_paths()
    assert len(paths) > 30 and ("tag", "add") in paths and ("export",) in paths


@pytest.mark.parametrize("path", _command_paths(), ids=" ".join)
def test_every_command_has_help_of_its_own(path):
    help_line, parser, parent = _command(path)
    own = (help_line or "").strip()
    assert own, f"`clipper {' '.join(path)}` has no help= text"
    # Shown where users look for it: the parent's list of commands.
    assert " ".join(own.split()[:3]) in " ".join(parent.format_help().split())
    if parser.description is not None:
        assert parser.description.strip(), f"`clipper {' '.join(path)}` has an empty description"
    if len(path) > 1:
        parent_help = _command(path[:-1])[0]
        assert own != (parent_help or "").strip(), "a subcommand repeats its parent's help"
    siblings = [p for p in _command_paths() if len(p) == len(path) and p[:-1] == path[:-1]
                and p != path]
    assert own not in [(_command(p)[0] or "").strip() for p in siblings], \
        f"`clipper {' '.join(path)}` has the help text of another command"


@pytest.mark.parametrize("path", _command_paths(), ids=" ".join)
def test_every_command_is_in_the_readme(path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    words = r"\s+".join(map(re.escape, path))
    assert re.search(rf"clipper (--library \S+ )?{words}\b", readme), \
        f"README lacks `clipper {' '.join(path)}`"


@pytest.mark.parametrize("path", [p for p in _command_paths() if len(p) == 1],
                         ids=lambda p: " ".join(p))
def test_a_command_alone_parses_as_in_the_whole_parser(path):
    # `clipper list` builds only its own parser (cli._build): the same help, options
    # and sub-subcommands as in the parser of every command.
    from clipper.cli import _build

    lone, found = _build(only=path[0])
    assert found
    (name, sub), = [(n, s) for path_, _, s in commands(lone) if len(path_) == 1
                    for n in path_]
    assert name == path[0]
    whole = _command(path)[1]
    assert sub.format_help() == whole.format_help()
    assert [p for p, _, _ in commands(sub)] == [p for p, _, _ in commands(whole)]
