"""A local HTTP server speaking the two price formats the wallet reads. Real sockets on loopback.

- Binance's Symbol price ticker, ``GET /api/v3/ticker/price?symbol=X`` → ``{"symbol": "X",
  "price": "612.30000000"}`` and ``?symbols=["X","Y"]`` → a list of such objects; an unknown
  symbol answers HTTP 400 ``{"code": -1121, "msg": "Invalid symbol."}`` and fails the whole list.
  Documented at https://developers.binance.com/docs/binance-spot-api-docs/rest-api/market-data-endpoints
  ("Symbol price ticker"; binance/binance-spot-api-docs rest-api.md). Prices are strings.
- The National Bank of the Kyrgyz Republic's ``/XML/daily.xml``: a windows-1251 document
  ``<CurrencyRates Name="Daily Exchange Rates" Date="dd.mm.yyyy">`` with one
  ``<Currency ISOCode="USD"><Nominal>1</Nominal><Value>87,4500</Value></Currency>`` per currency,
  the value in KGS per ``Nominal`` units written with a decimal comma (https://www.nbkr.kg/XML/daily.xml,
  as read by the public clients found with the search tool, e.g. ``Currency[ISOCode="USD"]`` /
  ``Value`` "87,4500" parsed after replacing the comma).
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

TICKERS = {
    "BNBUSDT": "612.30000000",
    "TRXUSDT": "0.25000000",
    "ETHUSDT": "3000.00000000",
    "KGSTUSDT": "0.01144000",
}
RATES = {  # ISO code: (nominal, KGS per nominal, as NBKR writes it)
    "USD": ("1", "87,4500"),
    "EUR": ("1", "101,2000"),
    "CNY": ("1", "12,3000"),
    "KZT": ("1", "0,1700"),
    "RUB": ("1", "1,1000"),
}


def nbkr_xml(rates: dict[str, tuple[str, str]], date: str = "02.12.2026") -> bytes:
    items = "".join(
        f'<Currency ISOCode="{code}"><Nominal>{nominal}</Nominal><Value>{value}</Value></Currency>'
        for code, (nominal, value) in rates.items()
    )
    doc = (
        '<?xml version="1.0" encoding="windows-1251"?>\n'
        f'<CurrencyRates Name="Daily Exchange Rates" Date="{date}">{items}</CurrencyRates>'
    )
    return doc.encode("cp1251")


class PriceServer:
    def __init__(self) -> None:
        self.tickers = dict(TICKERS)
        self.rates = dict(RATES)
        self.status: int | None = None  # answer every request with this HTTP status
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                server.requests.append(self.path)
                if server.status:
                    return self._send(server.status, b'{"code": -1, "msg": "busy"}')
                url = urlsplit(self.path)
                query = parse_qs(url.query)
                if url.path == "/XML/daily.xml":
                    return self._send(200, nbkr_xml(server.rates), "application/xml")
                if url.path != "/api/v3/ticker/price":
                    return self._send(404, b"{}")
                if "symbols" in query:
                    wanted = json.loads(query["symbols"][0])
                elif "symbol" in query:
                    wanted = query["symbol"]
                else:
                    wanted = list(server.tickers)
                if any(s not in server.tickers for s in wanted):
                    return self._send(400, b'{"code":-1121,"msg":"Invalid symbol."}')
                items = [{"symbol": s, "price": server.tickers[s]} for s in wanted]
                body = items[0] if "symbol" in query else items
                return self._send(200, json.dumps(body).encode())

            def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
