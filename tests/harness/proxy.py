"""A tiny HTTP proxy in front of a real node, for fault tests: it can delay answers, fail with
an HTTP status, or rewrite the answer (a node that lies). Real sockets on loopback."""

from __future__ import annotations

import threading
import time
import urllib.request
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FaultProxy:
    def __init__(
        self,
        target: str,
        *,
        delay: float = 0.0,
        status: int | None = None,
        rewrite: Callable[[bytes, bytes], bytes] | None = None,
        headers: dict[str, str] | None = None,
        fail_methods: tuple[str, ...] = (),
        missing_paths: tuple[str, ...] = (),
    ) -> None:
        self.target, self.delay, self.status = target, delay, status
        self.fail_methods = fail_methods
        self.missing_paths = missing_paths  # GET paths answered 404 (an API the node lacks)
        self.gets: list[str] = []  # path + query of every GET, in order
        self.fail_gets_from: int | None = None  # GETs from this index on get HTTP 503
        self.rewrite, self.extra_headers = rewrite, headers or {}
        self.requests = 0
        self.bodies: list[bytes] = []  # every request body, in order
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):
                proxy.requests += 1
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                proxy.bodies.append(body)
                if proxy.delay:
                    time.sleep(proxy.delay)
                failing = any(m.encode() in body for m in proxy.fail_methods)
                if proxy.status or failing:
                    self.send_response(proxy.status or 503)
                    for k, v in proxy.extra_headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                req = urllib.request.Request(
                    proxy.target.rstrip("/") + self.path,
                    data=body,
                    headers={"Content-Type": "application/json"},
                )
                with urllib.request.urlopen(req, timeout=30) as resp:
                    answer = resp.read()
                if proxy.rewrite:
                    answer = proxy.rewrite(body, answer)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def do_GET(self):
                proxy.requests += 1
                proxy.gets.append(self.path)
                n = len(proxy.gets) - 1
                status = None
                if self.path.startswith(proxy.missing_paths or ("\0",)):
                    status = 404
                elif proxy.fail_gets_from is not None and n >= proxy.fail_gets_from:
                    status = 503
                if status is not None:
                    self.send_response(status)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                req = urllib.request.Request(proxy.target.rstrip("/") + self.path)
                with urllib.request.urlopen(req, timeout=30) as resp:
                    answer = resp.read()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def dead_url() -> str:
    """A loopback URL where nothing listens."""
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}"
