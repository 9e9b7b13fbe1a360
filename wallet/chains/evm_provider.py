"""web3's HTTP provider, adjusted for the endpoint pool.

- no internal retries (the pool fails over to another node instead);
- transport failures become ``NodeUnavailable`` (with Retry-After on 429);
- every HTTP request is counted (benchmarks print requests per refresh).
"""

from __future__ import annotations

import json
import logging
import threading
from typing import Any

import requests
from web3 import HTTPProvider

from wallet.chains.errors import NodeUnavailable

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

    def _guard(self, fn: Any, *args: Any) -> Any:
        REQUESTS.add()
        try:
            return fn(*args)
        except requests.Timeout:
            raise NodeUnavailable("timed out") from None
        except requests.ConnectionError:
            raise NodeUnavailable("connection failed") from None
        except requests.HTTPError as exc:
            status = exc.response.status_code if exc.response is not None else 0
            if status == 429:
                raise NodeUnavailable(
                    "rate limited (HTTP 429)", _retry_after(exc.response)
                ) from None
            raise NodeUnavailable(f"HTTP {status}") from None
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise NodeUnavailable("the answer was not valid JSON") from None

    def make_request(self, method: Any, params: Any) -> Any:
        response = self._guard(super().make_request, method, params)
        if not isinstance(response, dict) or ("result" not in response and "error" not in response):
            raise NodeUnavailable("the answer was not a JSON-RPC response")
        return response

    def make_batch_request(self, batch_requests: Any) -> Any:
        response = self._guard(super().make_batch_request, batch_requests)
        if not isinstance(response, list):
            raise NodeUnavailable("the batch answer was not a list")
        return response
