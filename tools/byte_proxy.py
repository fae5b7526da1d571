"""A TCP relay on 127.0.0.1 that counts the bytes going through it (tests and benchmark only).

Put between QGIS and a local PostgreSQL, it measures what a server on another machine would have
to send: every byte from the server to the client and back. It listens on 127.0.0.1 only, relays to
one fixed 127.0.0.1 port, and stops with stop() (its threads poll a flag, so they end by themselves).
"""

import socket
import threading

POLL_S = 0.2
CHUNK = 1 << 16


class ByteCountingProxy:
    def __init__(self, target_port):
        self.target = ("127.0.0.1", int(target_port))
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.listener.settimeout(POLL_S)
        self.port = self.listener.getsockname()[1]
        self.lock = threading.Lock()
        self.to_client = 0
        self.to_server = 0
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self._accept, daemon=True)]
        self.threads[0].start()

    @property
    def total(self):
        with self.lock:
            return self.to_client + self.to_server

    def reset(self):
        with self.lock:
            self.to_client = self.to_server = 0

    def _accept(self):
        while not self.stopping.is_set():
            try:
                client, _ = self.listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            server = socket.create_connection(self.target)
            for source, sink, downstream in ((client, server, False), (server, client, True)):
                thread = threading.Thread(target=self._relay, args=(source, sink, downstream), daemon=True)
                thread.start()
                self.threads.append(thread)

    def _relay(self, source, sink, downstream):
        source.settimeout(POLL_S)
        try:
            while not self.stopping.is_set():
                try:
                    data = source.recv(CHUNK)
                except socket.timeout:
                    continue
                if not data:
                    break
                with self.lock:
                    if downstream:
                        self.to_client += len(data)
                    else:
                        self.to_server += len(data)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                try:
                    end.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                end.close()

    def stop(self):
        self.stopping.set()
        self.listener.close()
        for thread in self.threads:
            thread.join(timeout=5)
