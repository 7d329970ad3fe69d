#!/usr/bin/env python3
"""Holds N connections open to a server, each dripping its request headers a byte every second, until killed.

Usage: slow-clients.py PORT [N]. Used by service-bench.sh to measure the service while slow clients are open.
"""
import socket
import sys
import time

port = int(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 100
head = b"POST /decisions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + b"X-Pad: " + b"a" * 4000
sockets = []
for _ in range(count):
    s = socket.create_connection(("127.0.0.1", port))
    sockets.append([s, 0])
print(f"{count} slow clients connected", flush=True)
while True:
    for entry in sockets:
        s, sent = entry
        if sent < len(head):
            try:
                s.send(head[sent:sent + 1])
                entry[1] = sent + 1
            except OSError:
                # cut off by the server: reconnect, so that N stay open
                entry[0] = socket.create_connection(("127.0.0.1", port))
                entry[1] = 0
    time.sleep(1)
