"""Connecting from a bare host name: the service is found through /.well-known (RFC 6764)."""

from __future__ import annotations

import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from loyaltydesk.exchange.dav.sync import sync
from loyaltydesk.services.phone.account import ENV_PASSWORD
from tests.dav.conftest import add_followups
from tests.radicale_server import PASSWORD, USER

PREFIX = "/dav"


def _handler(radicale_port: int) -> type[BaseHTTPRequestHandler]:
    class ServiceUnderAPath(BaseHTTPRequestHandler):
        """A host whose DAV service lives under /dav/, as Nextcloud's or SOGo's does."""

        def _any(self) -> None:
            if self.path.startswith("/.well-known/cal") or self.path.startswith(
                    "/.well-known/card"):
                self.send_response(301)
                self.send_header("Location", f"{PREFIX}/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if not self.path.startswith(f"{PREFIX}/"):
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
            headers["X-Script-Name"] = PREFIX
            upstream = http.client.HTTPConnection("127.0.0.1", radicale_port, timeout=60)
            upstream.request(self.command, self.path[len(PREFIX):], body, headers)
            answer = upstream.getresponse()
            data = answer.read()
            self.send_response(answer.status)
            for key, value in answer.getheaders():
                if key.lower() not in ("content-length", "transfer-encoding", "connection"):
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            upstream.close()

        do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = do_MKCOL = do_MKCALENDAR = _any
        do_OPTIONS = do_HEAD = do_PROPPATCH = do_POST = _any

        def log_message(self, *_args) -> None:
            return None

    return ServiceUnderAPath


@pytest.fixture
def host(radicale):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(radicale.port))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_bare_host_is_asked_where_its_calendars_live(data, host, clock, monkeypatch):
    from loyaltydesk.exchange.dav.setup import connect

    monkeypatch.setenv(ENV_PASSWORD, PASSWORD)
    account = connect(host, USER, PASSWORD)
    assert account.url == f"{host}{PREFIX}/"
    assert account.calendar_url.startswith(f"{host}{PREFIX}/{USER}/")
    assert account.addressbook_url.startswith(f"{host}{PREFIX}/{USER}/")
    add_followups(clock, 2)
    result = sync()
    assert result.sent == 3  # two follow-ups and their customer
    assert sync().sent == 0
