"""A small web server for the kiosk: the built site on 127.0.0.1 only, never on the network."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

HOST = "127.0.0.1"


class _KioskHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files, never lists a folder, and keeps quiet (the kiosk has no one reading logs)."""

    def list_directory(self, path):  # noqa: ANN001 - http.server's signature
        self.send_error(404)
        return None

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass


def start_server(site_dir: Path, port: int) -> http.server.ThreadingHTTPServer:
    """Serve ``site_dir`` on http://127.0.0.1:port/ in a background thread; port 0 picks a free one."""
    handler = functools.partial(_KioskHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer((HOST, port), handler)
    threading.Thread(target=server.serve_forever, name="wegwijs-kiosk-server", daemon=True).start()
    return server


def base_url(server: http.server.ThreadingHTTPServer) -> str:
    return f"http://{HOST}:{server.server_address[1]}/"
