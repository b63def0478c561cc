"""A real HTTP server on 127.0.0.1 for the article-loading tests.

Each route is a small, realistic misbehaviour a fetcher meets on the web: charsets declared in
odd places, compression, redirect chains and loops, a server that stalls, a body that never ends,
PDFs, errors and walls. ``serve()`` starts it on a free port in a daemon thread and stops it.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import brotli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

UKRAINIAN_PARAGRAPHS = [
    "Міністри оборони з 50 країн зібралися в Брюсселі 15 жовтня на 31-ше засідання "
    "Контактної групи з питань оборони України у форматі Рамштайн.",
    "Німеччина надасть Україні додаткові 2,3 мільярда доларів оборонної допомоги, "
    "повідомив міністр оборони Борис Пісторіус після зустрічі з колегами.",
    "Україна до 2026 року зможе виробляти до 20 мільйонів дронів, якщо партнери "
    "забезпечать необхідне фінансування, заявив міністр оборони Денис Шмигаль.",
    "Шмигаль подякував Великій Британії за 85 тисяч дронів, переданих цього року, "
    "і закликав союзників допомогти з пакетом протиповітряної оборони на зиму.",
]

FRENCH_PARAGRAPHS = [
    "Les ministres de la Défense de 50 pays se sont réunis à Bruxelles le 15 octobre pour la "
    "31e réunion du groupe de contact sur la défense de l'Ukraine, dit format de Ramstein.",
    "L'Allemagne accordera à l'Ukraine une aide supplémentaire de 2,3 milliards de dollars, "
    "a déclaré le ministre Boris Pistorius à l'issue de la réunion à Bruxelles.",
    "Selon Denys Chmyhal, l'Ukraine pourra produire jusqu'à 20 millions de drones d'ici à "
    "2026 si ses partenaires financent cette production. Le Royaume-Uni a livré 85 000 drones "
    "cette année, a-t-il précisé, avant de remercier les alliés présents à Bruxelles.",
]

COOKIE_WALL = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Before you continue</title></head>
<body>
<div class="consent-overlay" role="dialog">
  <h1>We value your privacy</h1>
  <p>We and our 842 partners use cookies and similar technologies to store and access
  information on your device for personalised ads and content, ad and content measurement.</p>
  <p>You can accept all cookies, reject all, or manage your privacy settings at any time.</p>
  <button>Accept all</button> <button>Reject all</button> <a href="/consent">Manage options</a>
</div>
<noscript>Please enable JavaScript to view this site.</noscript>
</body></html>
"""

TEXT_ARTICLE = (
    "Ministers from 50 countries met in Brussels on October 15.\n\n"
    "Story continues below advertisement\n\n"
    "Germany pledged an additional $2.3 billion in defence aid, Boris Pistorius said, and "
    "Ukraine expects to build up to 20 million drones by 2026 if partners pay for them. "
    "Britain delivered 85,000 drones this year, and nine Nordic and Baltic countries will "
    "train Ukrainian brigades in Poland.\n"
)


def _page(title: str, paragraphs: list[str], head: str = "", lang: str = "en") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head>{head}<title>{title}</title></head><body>'
        '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>'
        f"<main><article><h1>{title}</h1>{body}</article></main>"
        "<footer><p>Copyright 2025 Example Media Ltd. All rights reserved.</p></footer>"
        "</body></html>"
    )


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


@dataclass
class ServerState:
    """What the tests can observe and control."""

    stop: threading.Event = field(default_factory=threading.Event)
    requests: list[tuple[str, str | None, str | None]] = field(default_factory=list)


def _routes() -> dict[str, Callable[[], Reply]]:
    ramstein = (EXAMPLES / "ramstein.html").read_bytes()
    html_utf8 = {"Content-Type": "text/html; charset=utf-8"}

    def redirect(to: str, status: int = 302) -> Callable[[], Reply]:
        return lambda: Reply(status, {"Location": to})

    return {
        "/article": lambda: Reply(200, html_utf8, ramstein),
        "/consent-dance": lambda: Reply(200, html_utf8, ramstein),
        "/cp1251": lambda: Reply(
            200,
            {"Content-Type": "text/html; charset=windows-1251"},
            _page("Рамштайн у Брюсселі", UKRAINIAN_PARAGRAPHS, lang="uk").encode("cp1251"),
        ),
        "/latin1-meta": lambda: Reply(
            200,
            {"Content-Type": "text/html"},
            _page(
                "Réunion de Ramstein à Bruxelles",
                FRENCH_PARAGRAPHS,
                head='<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
                lang="fr",
            ).encode("latin-1"),
        ),
        "/gzip": lambda: Reply(
            200, {**html_utf8, "Content-Encoding": "gzip"}, gzip.compress(ramstein)
        ),
        "/brotli": lambda: Reply(
            200, {**html_utf8, "Content-Encoding": "br"}, brotli.compress(ramstein)
        ),
        "/plain": lambda: Reply(
            200, {"Content-Type": "text/plain; charset=utf-8"}, TEXT_ARTICLE.encode()
        ),
        "/chain/1": redirect("/chain/2", 301),
        "/chain/2": redirect("http://127.0.0.1:{port}/chain/3", 302),
        "/chain/3": redirect("/article", 307),
        "/to-ftp": redirect("ftp://files.example/article.txt"),
        "/no-location": lambda: Reply(302, {}, b""),
        "/bad-gzip": lambda: Reply(
            200, {**html_utf8, "Content-Encoding": "gzip"}, b"this is not gzip at all"
        ),
        "/loop/a": redirect("/loop/b"),
        "/loop/b": redirect("/loop/a"),
        "/to-private": redirect("http://intranet.example:{port}/article"),
        "/pdf": lambda: Reply(
            200, {"Content-Type": "application/pdf"}, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"
        ),
        "/pdf-as-html": lambda: Reply(200, html_utf8, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
        "/image": lambda: Reply(200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n"),
        "/missing": lambda: Reply(404, html_utf8, b"<h1>Not Found</h1>"),
        "/broken": lambda: Reply(500, html_utf8, b"<h1>Internal Server Error</h1>"),
        "/empty": lambda: Reply(200, html_utf8, b""),
        "/cookie-wall": lambda: Reply(200, html_utf8, COOKIE_WALL.encode()),
        "/huge-declared": lambda: Reply(200, {**html_utf8, "Content-Length": "900000000"}, b""),
    }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    routes: ClassVar[dict[str, Callable[[], Reply]]] = {}
    state: ServerState

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean

    def do_GET(self) -> None:
        self.state.requests.append(
            (self.path, self.headers.get("Host"), self.headers.get("User-Agent"))
        )
        if self.path == "/slow":
            return self._slow()
        if self.path == "/endless":
            return self._endless()
        if self.path in ("/trickle-headers", "/trickle-body"):
            return self._trickle(headers=self.path == "/trickle-headers")
        if self.path == "/consent-dance" and "seen=1" not in (self.headers.get("Cookie") or ""):
            # Set a cookie and send the reader back to the very same URL.
            self.send_response(302)
            self.send_header("Location", "/consent-dance")
            self.send_header("Set-Cookie", "seen=1; Path=/; HttpOnly")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        route = self.routes.get(self.path)
        if self.path.startswith("/hop/"):
            # An endless chain of distinct URLs: only a redirect limit stops it.
            route = lambda: Reply(302, {"Location": f"/hop/{int(self.path[5:]) + 1}"})  # noqa: E731
        reply = route() if route else Reply(404, {}, b"no such route")
        port = str(self.server.server_port)  # type: ignore[attr-defined]
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value.replace("{port}", port))
        if "Content-Length" not in reply.headers:
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if "Content-Length" not in reply.headers or reply.body:
            self.wfile.write(reply.body)

    def _slow(self) -> None:
        # Stall before the status line, long past the client's read timeout, and long enough
        # that a test interrupting a run during the stall never races its end on a loaded machine.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not self.state.stop.is_set():
            time.sleep(0.05)
        self.close_connection = True

    def _trickle(self, *, headers: bool) -> None:
        # One byte every 0.2 s, of the headers or of the body: each read gets something in
        # time, so only a deadline on the whole fetch stops it.
        body = b"<html><body><p>" + b"trickled " * 400 + b"</p></body></html>"
        head = (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
            + f"Content-Length: {len(body)}\r\nX-Pad: ".encode()
            + b"x" * 2000
            + b"\r\n\r\n"
        )
        slow, fast = (head, body) if headers else (body, head)
        try:
            if not headers:
                self.wfile.write(fast)
            for index in range(len(slow)):
                if self.state.stop.is_set():
                    break
                self.wfile.write(slow[index : index + 1])
                self.wfile.flush()
                time.sleep(0.2)
            if headers:
                self.wfile.write(fast)
        except OSError:
            pass  # the client gave up at its deadline, as it should
        self.close_connection = True

    def _endless(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Connection", "close")
        self.end_headers()
        chunk = b"<p>" + b"all work and no play " * 3000 + b"</p>\n"
        sent = 0
        try:
            # Bounded anyway, so a broken client cannot make the test server spin forever.
            while sent < 200_000_000 and not self.state.stop.is_set():
                self.wfile.write(chunk)
                sent += len(chunk)
        except OSError:
            pass  # the client hung up at its byte cap, as it should
        self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients hanging up mid-body is the point of several routes


@contextmanager
def serve() -> Iterator[tuple[str, ServerState]]:
    """Run the test server; yields its base URL (``http://127.0.0.1:PORT``) and its state."""
    state = ServerState()
    handler = type("Handler", (_Handler,), {"routes": _routes(), "state": state})
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", state
    finally:
        state.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
