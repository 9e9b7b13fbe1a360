"""web3's HTTP provider, adjusted for the endpoint pool.

- no internal retries (the pool fails over to another node instead);
- transport failures become ``NodeUnavailable`` (with Retry-After on 429), and so do JSON-RPC
  error answers that are the server failing rather than the node refusing (an HTML error page
  inside the error, "internal error" -32603 that is not a revert, "limit exceeded" -32005);
- each request's timeout is the pool's budget for the running call (``request_timeout``);
- every HTTP request is counted (benchmarks print requests per refresh).
"""

from __future__ import annotations

import json
import logging
import threading
from typing import Any

import requests
from web3 import HTTPProvider

from wallet.chains.endpoints import request_timeout
from wallet.chains.errors import NodeUnavailable
from wallet.core.errors import term

log = logging.getLogger(__name__)


class RequestCounter:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.count = 0

    def add(self) -> None:
        with self._lock:
            self.count += 1


#: process-wide count of JSON-RPC HTTP requests (a batch is one request)
REQUESTS = RequestCounter()


def _retry_after(response: Any) -> float | None:
    value = getattr(response, "headers", {}).get("Retry-After") if response is not None else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


class PoolHTTPProvider(HTTPProvider):
    def __init__(self, url: str, timeout: float = 10.0) -> None:
        super().__init__(
            url, request_kwargs={"timeout": timeout}, exception_retry_configuration=None
        )
        self.timeout = timeout

    def get_request_kwargs(self) -> Any:
        """web3's request options (a dict), the timeout shortened to the pool's budget."""
        return {**super().get_request_kwargs(), "timeout": request_timeout(self.timeout)}

    def _guard(self, fn: Any, *args: Any) -> Any:
        REQUESTS.add()
        try:
            return fn(*args)
        except requests.Timeout:
            raise NodeUnavailable(term("timed out")) from None
        except requests.ConnectionError:
            raise NodeUnavailable(term("connection failed")) from None
        except requests.HTTPError as exc:
            status = exc.response.status_code if exc.response is not None else 0
            if status == 429:
                raise NodeUnavailable(
                    term("rate limited (HTTP 429)"), _retry_after(exc.response)
                ) from None
            raise NodeUnavailable(f"HTTP {status}") from None
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise NodeUnavailable(term("the answer was not valid JSON")) from None

    def make_request(self, method: Any, params: Any) -> Any:
        response = self._guard(super().make_request, method, params)
        if not isinstance(response, dict) or ("result" not in response and "error" not in response):
            raise NodeUnavailable("the answer was not a JSON-RPC response")
        _raise_server_failure(self.endpoint_uri, response)
        return response

    def make_batch_request(self, batch_requests: Any) -> Any:
        response = self._guard(super().make_batch_request, batch_requests)
        if not isinstance(response, list):
            raise NodeUnavailable("the batch answer was not a list")
        for item in response:
            _raise_server_failure(self.endpoint_uri, item)
        return response


def _raise_server_failure(url: Any, response: Any) -> None:
    """Fail over on an error answer that is the server failing, not the node's verdict."""
    error = response.get("error") if isinstance(response, dict) else None
    if not isinstance(error, dict):
        return
    message = str(error.get("message", ""))
    low = message[:4000].lower()
    code = error.get("code")
    reason = None
    if "<html" in low or "<!doctype" in low or "<body" in low or len(message) > 2000:
        reason = "answered with an error page"
    elif code == -32005:
        reason = "request limit exceeded (JSON-RPC -32005)"
    elif code == -32603 and "revert" not in low and "nonce" not in low and "known" not in low:
        reason = "internal error (JSON-RPC -32603)"
    if reason:
        log.info("%s: %s: %s", url, reason, message[:300])
        raise NodeUnavailable(reason)
