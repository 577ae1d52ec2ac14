#!/usr/bin/python3
"""A local RFC 3161 timestamp authority for the tests: openssl ts -reply behind http.server.

Usage: tsa_server.py CONFIG WORKDIR. Listens on 127.0.0.1 on a free port and prints the port on
its first output line. Paths: /ok, /slow (answers after 5 s), /error (status rejection),
/other-imprint (a token over another imprint), /http500, /html. Stops on stdin EOF or SIGTERM."""
import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time

CONFIG, WORKDIR = sys.argv[1], sys.argv[2]
LOCK = threading.Lock()


def reply(query):
    with LOCK, tempfile.TemporaryDirectory(dir=WORKDIR) as tmp:
        qpath, rpath = os.path.join(tmp, "q.tsq"), os.path.join(tmp, "r.tsr")
        with open(qpath, "wb") as f:
            f.write(query)
        subprocess.run(["openssl", "ts", "-reply", "-config", CONFIG, "-queryfile", qpath, "-out", rpath],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(rpath, "rb") as f:
            return f.read()


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, code, ctype, body):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = min(int(self.headers.get("Content-Length", "0")), 65536)
        query = bytearray(self.rfile.read(length))
        path = self.path
        try:
            if path == "/slow":
                time.sleep(5)
                self.send(200, "application/timestamp-reply", reply(bytes(query)))
            elif path == "/error":
                # TimeStampResp { PKIStatusInfo { status rejection(2) } }
                self.send(200, "application/timestamp-reply", bytes.fromhex("3005300302010" + "2"))
            elif path == "/other-imprint":
                at = query.find(b"\x04\x20")
                query[at + 2] ^= 0xFF
                self.send(200, "application/timestamp-reply", reply(bytes(query)))
            elif path == "/http500":
                self.send(500, "text/plain", b"internal error")
            elif path == "/html":
                self.send(200, "text/html", b"<html>not a TSA</html>")
            else:
                self.send(200, "application/timestamp-reply", reply(bytes(query)))
        except (BrokenPipeError, ConnectionResetError):
            pass


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()  # the test closes stdin (or kills the process) to stop the server
    server.shutdown()


if __name__ == "__main__":
    main()
