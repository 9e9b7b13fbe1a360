"""A local server (127.0.0.1 only) answering Etherscan's V2 account API from a real anvil.

It reads the chain's real ``Transfer`` logs and answers ``module=account&action=tokentx`` in
Etherscan's documented format (docs.etherscan.io/api-reference/endpoint/tokentx), and the
chain's real blocks for ``action=txlist`` (…/endpoint/txlist: every normal transaction from or
to the address, ``isError`` "1" when it reverted): strings for every field, lower-case
addresses, ``{"status": "1", "message": "OK", "result": [...]}``, and its documented errors
(docs.etherscan.io/resources/common-error-messages): ``"No transactions found"`` with an empty
result, ``"NOTOK"`` with "Invalid API Key", "Max rate limit reached, please use API Key for
higher rate limit", "Missing or unsupported chainid parameter …", "Result window is too large,
PageNo x Offset size must be less than or equal to 10000". Paging follows ``page``/``offset``
within ``startblock``/``endblock`` and ``sort``.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from eth_hash.auto import keccak

TRANSFER = "0x" + keccak(b"Transfer(address,address,uint256)").hex()
NOTOK = "NOTOK"
RATE_LIMIT = "Max rate limit reached, please use API Key for higher rate limit"
BAD_KEY = "Invalid API Key"
BAD_CHAIN = (
    "Missing or unsupported chainid parameter (required for v2 api), please see chainlist for "
    "the list of supported chainids"
)
WINDOW = "Result window is too large, PageNo x Offset size must be less than or equal to 10000"


class EtherscanServer:
    def __init__(self, w3: Any, chain_id: int, api_key: str = "GOOD-KEY", window: int = 10_000):
        self.w3, self.chain_id, self.api_key, self.window = w3, chain_id, api_key, window
        self.requests: list[dict[str, str]] = []  # the query of every request (key removed)
        self.rate_limited = 0  # answer "Max rate limit reached" to the next n requests
        self._tx_cache: dict[str, tuple[Any, Any]] = {}
        self._meta: dict[str, tuple[str, str, int]] = {}
        self._times: dict[int, int] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                q = dict(parse_qsl(parts.query))
                key = q.pop("apikey", "")
                server.requests.append(q)
                if parts.path != "/v2/api":
                    self._send(404, {"status": "0", "message": NOTOK, "result": "Not found"})
                    return
                self._send(200, server.answer(q, key))

            def _send(self, status: int, doc: dict[str, Any]) -> None:
                data = json.dumps(doc).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v2/api"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @staticmethod
    def _error(text: str) -> dict[str, Any]:
        return {"status": "0", "message": NOTOK, "result": text}

    def answer(self, q: dict[str, str], key: str) -> dict[str, Any]:
        if q.get("chainid") != str(self.chain_id):
            return self._error(BAD_CHAIN)
        if key != self.api_key:
            return self._error(BAD_KEY)
        if self.rate_limited:
            self.rate_limited -= 1
            return self._error(RATE_LIMIT)
        if q.get("module") != "account" or q.get("action") not in ("tokentx", "txlist"):
            return self._error("Error! Missing Or invalid Action name")
        page, offset = int(q.get("page", 1)), int(q.get("offset", 10_000))
        if page * offset > self.window:
            return self._error(WINDOW)
        rows = self._tokentx(q) if q["action"] == "tokentx" else self._txlist(q)
        if q.get("sort", "asc") == "desc":
            rows.reverse()
        rows = rows[(page - 1) * offset : page * offset]
        if not rows:
            return {"status": "0", "message": "No transactions found", "result": []}
        return {"status": "1", "message": "OK", "result": rows}

    def _tokentx(self, q: dict[str, str]) -> list[dict[str, str]]:
        from web3 import Web3

        me = "0x" + "00" * 12 + q["address"].lower()[2:]
        start = int(q.get("startblock", 0))
        end = q.get("endblock", "latest")
        end_block = self.w3.eth.block_number if end in ("latest", "99999999") else int(end)
        params: dict[str, Any] = {"fromBlock": start, "toBlock": end_block}
        if q.get("contractaddress"):
            params["address"] = Web3.to_checksum_address(q["contractaddress"])
        logs = []
        for topics in ([TRANSFER, me], [TRANSFER, None, me]):
            logs += self.w3.eth.get_logs({**params, "topics": topics})
        unique = {(lg["transactionHash"], lg["logIndex"]): lg for lg in logs}
        head = self.w3.eth.block_number
        return [
            self._row(lg, head)
            for _, lg in sorted(
                unique.items(), key=lambda kv: (kv[1]["blockNumber"], kv[1]["logIndex"])
            )
        ]

    def _txlist(self, q: dict[str, str]) -> list[dict[str, str]]:
        me = q["address"].lower()
        head = self.w3.eth.block_number
        end = q.get("endblock", "latest")
        end_block = head if end in ("latest", "99999999") else min(int(end), head)
        rows = []
        for number in range(int(q.get("startblock", 0)), end_block + 1):
            block = self.w3.eth.get_block(number, full_transactions=True)
            for tx in block["transactions"]:
                frm, to = tx["from"].lower(), (tx["to"] or "").lower()
                if me not in (frm, to):
                    continue
                receipt = self.w3.eth.get_transaction_receipt(tx["hash"])
                rows.append(
                    {
                        "blockNumber": str(number),
                        "timeStamp": str(block["timestamp"]),
                        "hash": "0x" + bytes(tx["hash"]).hex(),
                        "nonce": str(tx["nonce"]),
                        "blockHash": "0x" + bytes(block["hash"]).hex(),
                        "transactionIndex": str(tx["transactionIndex"]),
                        "from": frm,
                        "to": to,
                        "value": str(tx["value"]),
                        "gas": str(tx["gas"]),
                        "gasPrice": str(tx.get("gasPrice", 0)),
                        "isError": "0" if receipt["status"] == 1 else "1",
                        "txreceipt_status": str(receipt["status"]),
                        "input": "0x" + bytes(tx["input"]).hex(),
                        "contractAddress": (receipt["contractAddress"] or "").lower(),
                        "cumulativeGasUsed": str(receipt["cumulativeGasUsed"]),
                        "gasUsed": str(receipt["gasUsed"]),
                        "confirmations": str(head - number + 1),
                        "methodId": "0x" + bytes(tx["input"])[:4].hex(),
                        "functionName": "",
                    }
                )
        return rows

    def _row(self, lg: Any, head: int) -> dict[str, str]:
        txid = "0x" + bytes(lg["transactionHash"]).hex()
        if txid not in self._tx_cache:
            self._tx_cache[txid] = (
                self.w3.eth.get_transaction(txid),
                self.w3.eth.get_transaction_receipt(txid),
            )
        tx, receipt = self._tx_cache[txid]
        number = lg["blockNumber"]
        if number not in self._times:
            self._times[number] = self.w3.eth.get_block(number)["timestamp"]
        name, symbol, decimals = self._token(lg["address"])
        return {
            "blockNumber": str(lg["blockNumber"]),
            "timeStamp": str(self._times[number]),
            "hash": txid,
            "nonce": str(tx["nonce"]),
            "blockHash": "0x" + bytes(lg["blockHash"]).hex(),
            "from": "0x" + bytes(lg["topics"][1])[-20:].hex(),
            "contractAddress": lg["address"].lower(),
            "to": "0x" + bytes(lg["topics"][2])[-20:].hex(),
            "value": str(int.from_bytes(bytes(lg["data"]), "big")),
            "tokenName": name,
            "tokenSymbol": symbol,
            "tokenDecimal": str(decimals),
            "transactionIndex": str(receipt["transactionIndex"]),
            "gas": str(tx["gas"]),
            "gasPrice": str(tx.get("gasPrice", 0)),
            "gasUsed": str(receipt["gasUsed"]),
            "cumulativeGasUsed": str(receipt["cumulativeGasUsed"]),
            "input": "deprecated",
            "confirmations": str(head - lg["blockNumber"] + 1),
        }

    def _token(self, address: str) -> tuple[str, str, int]:
        if address not in self._meta:
            abi = [
                {
                    "name": n,
                    "type": "function",
                    "inputs": [],
                    "outputs": [{"type": t}],
                    "stateMutability": "view",
                }
                for n, t in (("name", "string"), ("symbol", "string"), ("decimals", "uint8"))
            ]
            c = self.w3.eth.contract(address=address, abi=abi)
            self._meta[address] = (
                c.functions.name().call(),
                c.functions.symbol().call(),
                c.functions.decimals().call(),
            )
        return self._meta[address]
