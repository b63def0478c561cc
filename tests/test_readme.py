"""README.md is a tested contract: its snippets run, its commands parse and run, and it documents
every command, flag, environment variable and exit code the tool has.

Fenced blocks are found generically:

- ```python blocks are executed, each on its own (a reader pastes one at a time), in a scratch
  directory where ``examples/`` is the project's;
- ```pycon blocks (``>>>`` prompts) are run as doctests, so their shown output must match;
- ```bash / ```sh / ```console / ```shell blocks: every ``factcheck ...`` command in them must
  parse, and those that read only local files are run and must exit 0 or 1.

A block can opt out only with a visible reason in an HTML comment on the line above it:
``<!-- readme-test: skip (needs an API key) -->``; the test then reports it as skipped.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

import factcheck.errors
from factcheck.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SHELL_LANGUAGES = {"bash", "sh", "shell", "console", "shell-session"}
_FENCE = re.compile(
    r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})[ \t]*(?P<lang>[\w+-]*)[^\n]*\n"
    r"(?P<body>.*?)"
    r"^(?P=indent)(?P=fence)[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
_SKIP = re.compile(r"<!--\s*readme-test:\s*skip\b(?P<reason>[^>]*)-->\s*$")
ENV_PREFIXED = "<env>"
_SHELL_OPERATORS = {"|", "||", "&&", ";", ">", ">>", "<", "2>", "2>&1", "&"}


@dataclass
class Block:
    lang: str
    code: str
    line: int
    skip: str | None

    @property
    def id(self) -> str:
        return f"README.md:{self.line}:{self.lang}"


def readme_blocks(path: Path = README) -> list[Block]:
    """Every fenced code block of a Markdown file, in order, with the line it starts on."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    blocks = []
    for match in _FENCE.finditer(text):
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        skip = _SKIP.search(before)
        blocks.append(
            Block(
                lang=match.group("lang").lower(),
                code=match.group("body"),
                line=text.count("\n", 0, match.start()) + 1,
                skip=(skip.group("reason").strip(" ():") or "no reason given") if skip else None,
            )
        )
    return blocks


BLOCKS = readme_blocks()


def _of(*languages: str) -> list[Block]:
    return [block for block in BLOCKS if block.lang in languages]


def documented_commands(blocks: list[Block]) -> list[tuple[Block, list[str]]]:
    """Every ``factcheck ...`` invocation in a shell block, as argv (shell syntax cut off).

    A command run with environment assignments in front (``OPENAI_BASE_URL=... factcheck``)
    gets the marker ``ENV_PREFIXED`` as its first element: it is parsed, never run here.
    """
    found = []
    for block in (b for b in blocks if b.lang in SHELL_LANGUAGES):
        logical = re.sub(r"\\\n", " ", block.code)  # join continued lines
        for line in logical.splitlines():
            line = re.sub(r"^\s*\$\s+", "", line)
            if line.lstrip().startswith("#"):
                continue
            try:
                words = shlex.split(line, comments=True)
            except ValueError:
                continue
            command: list[str] | None = None
            assigns = False
            for word in [*words, "&&"]:
                if word in _SHELL_OPERATORS:
                    if command:
                        found.append((block, [ENV_PREFIXED, *command] if assigns else command))
                    command, assigns = None, False
                elif command is not None:
                    command.append(word)
                elif Path(word).name == "factcheck":  # factcheck or .venv/bin/factcheck
                    command = []
                elif re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", word):
                    assigns = True
    return found


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory where README paths (examples/...) resolve and outputs land."""
    (tmp_path / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _skip_if_marked(block: Block) -> None:
    if block.skip is not None:
        pytest.skip(f"{block.id} is marked readme-test: skip ({block.skip})")


@pytest.mark.parametrize("block", _of("python", "py", "python3"), ids=lambda b: b.id)
def test_python_snippet_runs(block: Block, scratch: Path) -> None:
    _skip_if_marked(block)
    code = compile(block.code, block.id, "exec")
    with contextlib.redirect_stdout(io.StringIO()):
        exec(code, {"__name__": "__readme__"})


@pytest.mark.parametrize("block", _of("pycon"), ids=lambda b: b.id)
def test_pycon_snippet_output_matches(block: Block, scratch: Path) -> None:
    _skip_if_marked(block)
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block.code, {}, block.id, str(README), block.line)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report = io.StringIO()
    runner.run(test, out=report.write)
    assert runner.failures == 0, report.getvalue()


COMMANDS = documented_commands(BLOCKS)


@pytest.mark.parametrize(
    ("block", "argv"), COMMANDS, ids=[f"{b.id}:factcheck {' '.join(a)}" for b, a in COMMANDS]
)
def test_documented_command_parses_and_runs(
    block: Block, argv: list[str], scratch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _skip_if_marked(block)
    env_prefixed = argv[:1] == [ENV_PREFIXED]
    argv = argv[1:] if env_prefixed else argv
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help and --version exit 0; a bad flag exits 2
        assert exc.code == 0, f"README command does not parse: factcheck {shlex.join(argv)}"
        return
    output = getattr(args, "output", None)
    inputs = [w for w in argv if re.search(r"\.(html?|txt|md)$", w) and w != output]
    needs_more = (
        env_prefixed  # set up for an endpoint the reader runs
        or getattr(args, "base_url", None) is not None
        or any(re.match(r"https?://", word) for word in argv)
        or "-" in argv  # stdin
        or not all((scratch / word).exists() for word in inputs)
    )
    if needs_more:
        return  # parsed; running it needs an endpoint, the network, stdin or the reader's file
    code = main(argv)
    out, err = capsys.readouterr()
    assert code in (0, 1), f"factcheck {shlex.join(argv)} exited {code}: {err.strip()}"
    assert "Traceback" not in out + err


def test_readme_shows_every_command() -> None:
    parser = build_parser()
    (subparsers,) = [a for a in parser._actions if a.choices and a.dest == "command"]
    documented = {next(w for w in argv if w != ENV_PREFIXED) for _, argv in COMMANDS}
    missing = sorted(set(subparsers.choices) - documented)
    assert not missing, f"README.md shows no example of: factcheck {', factcheck '.join(missing)}"


def test_readme_documents_every_flag() -> None:
    text = README.read_text(encoding="utf-8")
    parser = build_parser()
    (subparsers,) = [a for a in parser._actions if a.choices and a.dest == "command"]
    missing = []
    for name, subparser in subparsers.choices.items():
        for action in subparser._actions:
            longs = [o for o in action.option_strings if o.startswith("--") and o != "--help"]
            if longs and not any(re.search(rf"{re.escape(o)}\b", text) for o in longs):
                missing.append(f"factcheck {name} {longs[0]}")
    assert not missing, f"README.md does not mention: {', '.join(missing)}"


def test_readme_documents_every_environment_variable() -> None:
    text = README.read_text(encoding="utf-8")
    settings_source = (ROOT / "factcheck" / "settings.py").read_text(encoding="utf-8")
    names = set(re.findall(r"[\"']((?:OPENAI|FACTCHECK)_[A-Z_]+|NO_COLOR)[\"']", settings_source))
    missing = sorted(name for name in names if name not in text)
    assert names and not missing, f"README.md does not document: {', '.join(missing)}"


def test_readme_documents_every_exit_code() -> None:
    text = README.read_text(encoding="utf-8")
    documented = {int(code) for code in re.findall(r"^\|\s*`?(\d+)`?\s*\|", text, re.MULTILINE)}
    codes = {0, 1, 130} | {
        cls.exit_code
        for cls in vars(factcheck.errors).values()
        if isinstance(cls, type) and issubclass(cls, factcheck.errors.FactcheckError)
    }
    missing = sorted(codes - documented)
    assert not missing, f"README.md's exit-code table lacks: {', '.join(map(str, missing))}"


def test_readme_has_runnable_snippets() -> None:
    # The parametrized tests above are vacuous without snippets: the README must have some.
    assert _of("python", "py", "python3", "pycon"), "README.md has no ```python snippet"
    assert COMMANDS, "README.md shows no factcheck command"


def test_fence_finder_reads_what_markdown_means(tmp_path: Path) -> None:
    # The extractor itself: tildes, longer fences, info strings, prompts, chains, skip marker.
    sample = tmp_path / "README.md"
    sample.write_text(
        "# t\n\n```python title=x\nprint(1)\n```\n\n<!-- readme-test: skip (needs a key) -->\n"
        "~~~bash\n$ factcheck check --source a.txt b.txt | less\n"
        "pip install . && .venv/bin/factcheck schema > s.json\n~~~\n\n"
        "````md\n```python\nnot a block\n```\n````\n",
        encoding="utf-8",
    )
    blocks = readme_blocks(sample)
    assert [(b.lang, b.line, b.skip) for b in blocks] == [
        ("python", 3, None),
        ("bash", 8, "needs a key"),
        ("md", 13, None),
    ]
    assert blocks[0].code == "print(1)\n"
    assert [argv for _, argv in documented_commands(blocks)] == [
        ["check", "--source", "a.txt", "b.txt"],
        ["schema"],
    ]
    env_block = Block(
        "console", "$ OPENAI_BASE_URL=http://x/v1 factcheck summarize a.html\n", 1, None
    )
    assert documented_commands([env_block]) == [(env_block, [ENV_PREFIXED, "summarize", "a.html"])]


# Output shown in the README is the real output: a ```text block right after a marker
# ``<!-- output: factcheck ARGS -->`` must equal what ``factcheck ARGS`` prints today.
_OUTPUT_BLOCK = re.compile(
    r"^<!-- output: factcheck (?P<args>[^>]*?) -->\n```text\n(?P<body>.*?)^```$",
    re.MULTILINE | re.DOTALL,
)


def _live_output(args: str) -> str:
    out = io.StringIO()
    cwd = Path.cwd()
    os.chdir(ROOT)  # contextlib.chdir needs Python 3.11; the project supports 3.10
    try:
        with contextlib.redirect_stdout(out):
            main(shlex.split(args))
    finally:
        os.chdir(cwd)
    return out.getvalue()


def update_readme_outputs(path: Path = README) -> None:
    """Rewrite every output block of the README with the command's live output."""
    text = path.read_text(encoding="utf-8")

    def replace(match: re.Match[str]) -> str:
        body = _live_output(match.group("args"))
        return f"<!-- output: factcheck {match.group('args')} -->\n```text\n{body}```"

    path.write_text(_OUTPUT_BLOCK.sub(replace, text), encoding="utf-8")


@pytest.mark.parametrize(
    "match", list(_OUTPUT_BLOCK.finditer(README.read_text(encoding="utf-8"))),
    ids=lambda m: m.group("args"),
)
def test_readme_output_blocks_are_current(match: re.Match[str]) -> None:
    assert _live_output(match.group("args")) == match.group("body"), (
        "README.md shows stale output; regenerate it with: python tests/test_readme.py"
    )


if __name__ == "__main__":
    update_readme_outputs()
