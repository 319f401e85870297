"""Real services that tests can kill, hang and bring back: a redis-server of their own, a TCP proxy."""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import threading
import time

REDIS_PORTS = range(6390, 6400)


def port_is_free(port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


class RedisServer:
    """A redis-server on a spare port that keeps nothing on disk: a restart brings it back empty."""

    binary = shutil.which("redis-server")

    def __init__(self):
        self.port = next((port for port in REDIS_PORTS if port_is_free(port)), None)
        if self.port is None:
            raise RuntimeError(f"no free port for redis-server in {REDIS_PORTS}")
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--daemonize", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return self
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def kill(self):
        """Dies at once, as in a crash or an OOM kill: everything it held is gone."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def hang(self):
        """SIGSTOP: connections are still accepted by the kernel, nothing is answered."""
        os.kill(self.process.pid, signal.SIGSTOP)

    def resume(self):
        os.kill(self.process.pid, signal.SIGCONT)

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.resume()
            self.kill()


class TcpProxy:
    """Forwards 127.0.0.1:<port> to a server; can refuse connections, or accept them and never answer.

    ``cut()`` closes every connection and the listening socket (a database that
    went away: connections are refused); ``blackhole()`` listens again but never
    forwards (a database host that does not answer); ``restore()`` forwards again
    on the same port.
    """

    def __init__(self, upstream_host, upstream_port):
        self.upstream = (upstream_host, upstream_port)
        self.port = None
        self.mode = "forward"
        self.listener = None
        self.sockets = set()
        self.lock = threading.Lock()

    def start(self):
        self._listen()
        return self

    def _listen(self):
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port or 0))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return  # the listener was closed
            with self.lock:
                self.sockets.add(client)
            if self.mode == "blackhole":
                continue  # kept open, never answered
            try:
                server = socket.create_connection(self.upstream, timeout=5)
                server.settimeout(None)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.sockets.add(server)
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client), daemon=True).start()

    def _pump(self, source, target):
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def _close_all(self):
        if self.listener is not None:
            # shutdown() wakes the thread blocked in accept(); close() alone would leave it accepting.
            with contextlib.suppress(OSError):
                self.listener.shutdown(socket.SHUT_RDWR)
            self.listener.close()
            self.listener = None
        with self.lock:
            sockets, self.sockets = self.sockets, set()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def cut(self):
        self._close_all()

    def blackhole(self):
        self._close_all()
        self.mode = "blackhole"
        self._listen()

    def restore(self):
        self._close_all()
        self.mode = "forward"
        self._listen()

    def stop(self):
        self._close_all()
