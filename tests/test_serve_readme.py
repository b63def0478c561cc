"""The README's Server section runs as written against a live server: its curl commands (in
bash), its JavaScript (in Node.js), its PHP (in php-cli) and its nginx reverse proxy (in nginx),
each compared with the output the README shows after it.

The examples name ``http://127.0.0.1:8000``; here the server listens on a free port, so that
address is rewritten to it, and ``FACTCHECK_SERVE_TOKEN`` is set as the README says. A runtime
that is not installed skips its example with the reason (``.ci/run`` installs php-cli and nginx;
Node.js comes with the machine).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from serve_support import live_server
from test_readme import README, Block, readme_blocks

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "readme-token-0123456789abcdef"
SHOWN_URL = "http://127.0.0.1:8000"


def server_section() -> list[Block]:
    """The fenced blocks between ``## Server`` and the next second-level heading."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index("## Server") + 1
    end = next(n for n in range(start, len(lines)) if lines[n].startswith("## ")) + 1
    return [block for block in readme_blocks() if start < block.line < end]


BLOCKS = server_section()


def examples(*languages: str) -> list[tuple[Block, Block | None]]:
    """Each block of ``languages`` with the output block right after it, if there is one."""
    found = []
    for n, block in enumerate(BLOCKS):
        if block.lang in languages and block.skip is None:
            after = BLOCKS[n + 1] if n + 1 < len(BLOCKS) else None
            shown = after if after is not None and after.lang in ("text", "json") else None
            found.append((block, shown))
    return found


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with live_server(token=TOKEN) as url:
        yield url


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    (tmp_path / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    return tmp_path


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FACTCHECK_SERVE_TOKEN": TOKEN}
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{command[0]} exited {done.returncode}: {done.stderr}"
    return done


def assert_shown(output: str, shown: Block | None) -> None:
    if shown is None:
        return
    if shown.lang == "json":
        assert json.loads(output) == json.loads(shown.code)
    else:
        assert output == shown.code


def test_the_section_has_every_kind_of_example() -> None:
    languages = {block.lang for block in BLOCKS}
    assert {"bash", "javascript", "php", "nginx", "json", "text"} <= languages
    assert "/openapi.json" in README.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("block", "shown"), examples("bash"), ids=lambda b: b.id if isinstance(b, Block) else "-"
)
def test_curl_example(block: Block, shown: Block | None, server: str, scratch: Path) -> None:
    assert "curl" in block.code
    script = block.code.replace(SHOWN_URL, server)
    done = run(["bash", "-euo", "pipefail", "-c", script], scratch)
    if shown is not None:
        assert_shown(done.stdout, shown)
    elif "-o report.html" in block.code:
        # The first command printed the check JSON; the second wrote the report.
        first = json.loads(done.stdout)
        assert [c["verdict"] for c in first["checks"]] == ["contradicted"]
        report = (scratch / "report.html").read_text(encoding="utf-8")
        assert report.count('<li class="claim contradicted"') == 5


@pytest.mark.parametrize(
    ("block", "shown"),
    examples("javascript", "js"),
    ids=lambda b: b.id if isinstance(b, Block) else "-",
)
def test_javascript_example(block: Block, shown: Block | None, server: str, scratch: Path) -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed")
    script = scratch / "check.mjs"  # a module: top-level await
    script.write_text(block.code.replace(SHOWN_URL, server), encoding="utf-8")
    assert_shown(run([node, str(script)], scratch).stdout, shown)


@pytest.mark.parametrize(
    ("block", "shown"), examples("php"), ids=lambda b: b.id if isinstance(b, Block) else "-"
)
def test_php_example(block: Block, shown: Block | None, server: str, scratch: Path) -> None:
    php = shutil.which("php")
    if php is None:
        pytest.skip("php-cli is not installed (apt-get install php-cli; .ci/run installs it)")
    script = scratch / "check.php"
    script.write_text(block.code.replace(SHOWN_URL, server), encoding="utf-8")
    assert_shown(run([php, str(script)], scratch).stdout, shown)


def test_the_php_example_reports_a_problem(server: str, scratch: Path) -> None:
    php = shutil.which("php")
    if php is None:
        pytest.skip("php-cli is not installed (apt-get install php-cli; .ci/run installs it)")
    ((block, _),) = examples("php")
    script = scratch / "check.php"
    # The same code with a wrong token: it says what the server said, in one line.
    script.write_text(
        block.code.replace(SHOWN_URL, server).replace("getenv('FACTCHECK_SERVE_TOKEN')", "'x'"),
        encoding="utf-8",
    )
    done = subprocess.run([php, str(script)], capture_output=True, text=True, timeout=60)
    assert done.stdout == "factcheck 403: the token given is not valid\n"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


NGINX_CONF = """
worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/error.log;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    server {{
        listen 127.0.0.1:{port};
{location}
    }}
}}
"""


def test_the_reverse_proxy_example(server: str, tmp_path: Path) -> None:
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if nginx is None:
        pytest.skip("nginx is not installed (apt-get install nginx; .ci/run installs it)")
    ((block, _),) = examples("nginx")
    port = _free_port()
    tmp_path.chmod(0o777)  # nginx's worker runs as an unprivileged user
    conf = tmp_path / "nginx.conf"
    location = block.code.replace(SHOWN_URL, server)
    conf.write_text(NGINX_CONF.format(dir=tmp_path, port=port, location=location))
    proxy = subprocess.Popen(
        [nginx, "-p", str(tmp_path), "-c", str(conf), "-e", str(tmp_path / "error.log"),
         "-g", "daemon off;"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        front = f"http://127.0.0.1:{port}/factcheck/"
        deadline = time.monotonic() + 20
        while True:
            assert proxy.poll() is None, proxy.communicate()[1]
            try:
                health = httpx2.get(front + "healthz")
                break
            except httpx2.TransportError:
                assert time.monotonic() < deadline, "nginx did not start"
                time.sleep(0.1)
        assert health.json()["status"] == "ok"
        # The page and the files it links (relative) come through the prefix.
        page = httpx2.get(front)
        assert page.status_code == 200 and 'href="serve.css"' in page.text
        assert httpx2.get(front + "serve.css").status_code == 200
        assert httpx2.get(front + "serve.js").status_code == 200
        body = {
            "source_text": (ROOT / "examples" / "ramstein.txt").read_text(encoding="utf-8"),
            "text": (ROOT / "examples" / "draft-with-errors.txt").read_text(encoding="utf-8"),
        }
        headers = {"Authorization": f"Bearer {TOKEN}"}
        proxied = httpx2.post(front + "v1/check", json=body, headers=headers, timeout=60)
        direct = httpx2.post(f"{server}/v1/check", json=body, headers=headers, timeout=60)
        assert proxied.status_code == 200 and proxied.text == direct.text
        form = httpx2.post(front, data={"source": body["source_text"], "draft": body["text"],
                                        "token": TOKEN}, timeout=60)  # fmt: skip
        assert form.status_code == 200 and 'data-count="5"' in form.text
    finally:
        proxy.terminate()
        proxy.communicate(timeout=20)
