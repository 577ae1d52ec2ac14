"""What the tests' local HTTP servers share (tsa_server.py, revocation_server.py): a quiet handler
with a send() helper, and serving on 127.0.0.1 on a free port, printed on the first output line,
until stdin is closed (the test closes it, or kills the process)."""
import http.server
import sys
import threading


class QuietHandler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, code, ctype, body):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def body(self, cap=65536):
        return self.rfile.read(min(int(self.headers.get("Content-Length", "0")), cap))


def serve(handler):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()
    server.shutdown()
